package id.sakip.reporting.finding;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A contradiction in the data of a report: what a rule compared, both values, where each comes from (JSON pointer
 * in the report model and the service request it was read from) and the place in the source document, if named.
 */
public record Finding(String rule, String name, String importance, String message, Operand left, Operand right,
                      String operator, BigDecimal difference, BigDecimal tolerance, String where,
                      Map<String, String> context) {

    /** One side of the comparison. */
    public record Operand(String expression, String resolved, BigDecimal value, String pointer, String source) {
    }
}
