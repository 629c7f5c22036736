package id.sakip.reporting.finding.dto;

import java.math.BigDecimal;

/**
 * A rule to create or replace. Validated as a whole by RuleService so that every problem is reported at once.
 * {@code scope} is optional; {@code tolerance} defaults to 0; {@code enabled} to true.
 */
public record RuleInput(String code, String name, String scope, String left, String operator, String right,
                        String importance, BigDecimal tolerance, String message, Boolean enabled) {
}
