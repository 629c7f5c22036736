package id.sakip.reporting.finding.dto;

import java.math.BigDecimal;

/**
 * A rule to create or replace. Validated as a whole by RuleService so that every problem is reported at once.
 * {@code scope} is optional; {@code tolerance} defaults to 0; {@code enabled} to true. {@code rootCause} and
 * {@code location} are optional templates like {@code message}; {@code minorDifference} (optional) is the largest
 * difference that is only a matter of printed precision (such findings are LOW).
 */
public record RuleInput(String code, String name, String scope, String left, String operator, String right,
                        String importance, BigDecimal tolerance, String message, String rootCause, String location,
                        BigDecimal minorDifference, Boolean enabled) {
}
