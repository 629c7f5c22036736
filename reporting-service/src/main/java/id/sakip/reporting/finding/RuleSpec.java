package id.sakip.reporting.finding;

import java.math.BigDecimal;

/**
 * A validation rule as the evaluator needs it, independent of how it is stored. {@code rootCause} is a message-style
 * template: findings whose rendered root causes are equal are one problem. {@code location} (template) says where in
 * the report the finding is. A difference of at most {@code minorDifference} is within the printed precision and
 * makes the finding LOW whatever the rule's importance.
 */
public record RuleSpec(String code, String name, String scope, String left, String operator, String right,
                       String importance, BigDecimal tolerance, String message, String rootCause, String location,
                       BigDecimal minorDifference) {

    public RuleSpec(String code, String name, String scope, String left, String operator, String right,
                    String importance, BigDecimal tolerance, String message) {
        this(code, name, scope, left, operator, right, importance, tolerance, message, null, null, null);
    }
}
