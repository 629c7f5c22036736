package id.sakip.reporting.finding.dto;

import id.sakip.reporting.finding.ValidationRule;

import java.math.BigDecimal;

/** A validation rule as the API shows it. */
public record RuleDto(String code, String name, String scope, String left, String operator, String right,
                      String importance, BigDecimal tolerance, String message, String rootCause, String location,
                      BigDecimal minorDifference, boolean enabled, long version) {

    public static RuleDto of(ValidationRule r) {
        return new RuleDto(r.code, r.name, r.scope, r.left, r.operator, r.right, r.importance, r.tolerance, r.message,
                r.rootCause, r.location, r.minorDifference, r.enabled, r.version);
    }
}
