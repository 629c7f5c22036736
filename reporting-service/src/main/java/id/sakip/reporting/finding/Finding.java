package id.sakip.reporting.finding;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A contradiction in the data of a report: what a rule compared, both values, where each comes from (JSON pointer
 * in the model and the service request it was read from), the place in the source document ({@code where}, if
 * named), the place in the report ({@code location}) and the {@code problem} it belongs to: findings with one root
 * cause share it.
 */
public record Finding(String rule, String name, String importance, String message, Operand left, Operand right,
                      String operator, BigDecimal difference, BigDecimal tolerance, String where,
                      Map<String, String> context, String location, String problem) {

    /** One side of the comparison. */
    public record Operand(String expression, String resolved, BigDecimal value, String pointer, String source) {
    }
}
