package id.sakip.reporting.finding;

import java.math.BigDecimal;

/** A validation rule as the evaluator needs it, independent of how it is stored. */
public record RuleSpec(String code, String name, String scope, String left, String operator, String right,
                       String importance, BigDecimal tolerance, String message) {
}
