package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.indicators.common.Errors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates derivation rules over register records (in the dataset's field names). A measure is
 * {@code {"filter": {field: condition, …}, "aggregate": "COUNT" | "SUM" | "AVERAGE" | "LAST", "field": "…"}};
 * a condition is a value (equal), an array (one of), or {@code {"notNull": true|false}}, {@code {"in": […]}},
 * {@code {"notIn": […]}}. Every record of a register belongs to one unit-year, so "in the year" is implied.
 * Pure: no framework.
 */
public final class DerivationEngine {

    public static final List<String> QUARTERS = RegisterTypes.QUARTERS;

    private DerivationEngine() {
    }

    /** How records are aggregated. */
    public enum Aggregate { COUNT, SUM, AVERAGE, LAST }

    /** A filter and an aggregate over one register's records. */
    public record Measure(Map<String, JsonNode> filter, Aggregate aggregate, String field) {
    }

    /** A rule: numerator and denominator (RATIO) or value (VALUE) from the records of one register. */
    public record Rule(String register, String periodField, Measure numerator, Measure denominator, Measure value) {

        public boolean isValue() {
            return value != null;
        }
    }

    /** Derived figures of the year or of one quarter. */
    public record Figures(String period, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
    }

    /** The year's figures and, when the records carry their quarter, each quarter's. */
    public record Result(Figures year, List<Figures> quarters) {
    }

    public static Result evaluate(Rule rule, List<JsonNode> records) {
        Figures year = figures("FY", rule, records);
        List<Figures> quarters = new ArrayList<>();
        boolean quarterly = rule.periodField() != null && records.stream()
                .anyMatch(r -> QUARTERS.contains(r.path(rule.periodField()).asText("")));
        if (quarterly) {
            for (String q : QUARTERS) {
                List<JsonNode> in = records.stream().filter(r -> q.equals(r.path(rule.periodField()).asText("")))
                        .toList();
                quarters.add(figures(q, rule, in));
            }
        }
        return new Result(year, quarters);
    }

    private static Figures figures(String period, Rule rule, List<JsonNode> records) {
        if (rule.isValue()) {
            return new Figures(period, null, null, aggregate(rule.value(), records));
        }
        return new Figures(period, aggregate(rule.numerator(), records), aggregate(rule.denominator(), records), null);
    }

    static BigDecimal aggregate(Measure m, List<JsonNode> records) {
        List<JsonNode> matching = records.stream().filter(r -> matches(r, m.filter())).toList();
        switch (m.aggregate()) {
            case COUNT:
                return BigDecimal.valueOf(matching.size());
            case SUM: {
                BigDecimal sum = BigDecimal.ZERO;
                boolean any = matching.isEmpty();
                for (JsonNode r : matching) {
                    JsonNode v = r.path(m.field());
                    if (v.isNumber()) {
                        sum = sum.add(v.decimalValue());
                        any = true;
                    }
                }
                return any ? sum : null;
            }
            case AVERAGE: {
                BigDecimal sum = BigDecimal.ZERO;
                int n = 0;
                for (JsonNode r : matching) {
                    JsonNode v = r.path(m.field());
                    if (v.isNumber()) {
                        sum = sum.add(v.decimalValue());
                        n++;
                    }
                }
                return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
            }
            case LAST: {
                BigDecimal last = null;
                for (JsonNode r : matching) {
                    JsonNode v = r.path(m.field());
                    if (v.isNumber()) {
                        last = v.decimalValue();
                    }
                }
                return last;
            }
            default:
                throw new IllegalStateException(m.aggregate().name());
        }
    }

    static boolean matches(JsonNode record, Map<String, JsonNode> filter) {
        if (filter == null) {
            return true;
        }
        for (Map.Entry<String, JsonNode> c : filter.entrySet()) {
            if (!holds(record.path(c.getKey()), c.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(JsonNode actual, JsonNode condition) {
        boolean missing = actual.isMissingNode() || actual.isNull();
        if (condition.isArray()) {
            return oneOf(actual, condition);
        }
        if (condition.isObject()) {
            if (condition.has("notNull")) {
                return condition.path("notNull").asBoolean() != missing;
            }
            if (condition.has("in")) {
                return oneOf(actual, condition.get("in"));
            }
            if (condition.has("notIn")) {
                return !oneOf(actual, condition.get("notIn"));
            }
            return false;
        }
        if (condition.isNull()) {
            return missing;
        }
        return !missing && same(actual, condition);
    }

    private static boolean oneOf(JsonNode actual, JsonNode values) {
        if (actual.isMissingNode() || actual.isNull()) {
            return false;
        }
        for (JsonNode v : values) {
            if (same(actual, v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.isValueNode() && b.isValueNode() && a.asText().equals(b.asText());
    }

    // ---- reading rules -----------------------------------------------------------------------------------------

    /** Reads a measure, reporting every problem under {@code ptr}; null when absent. */
    public static Measure measure(JsonNode node, Set<String> fields, String ptr, Errors errors) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(ptr, "a measure is an object {filter, aggregate, field}");
            return null;
        }
        Aggregate aggregate = null;
        String a = node.path("aggregate").asText(null);
        try {
            aggregate = a == null ? null : Aggregate.valueOf(a);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (aggregate == null) {
            errors.add(ptr + "/aggregate", "aggregate must be one of COUNT, SUM, AVERAGE, LAST");
        }
        String field = node.path("field").isTextual() ? node.path("field").asText() : null;
        if (aggregate != null && aggregate != Aggregate.COUNT) {
            if (field == null) {
                errors.add(ptr + "/field", aggregate + " needs the field to aggregate");
            } else if (!fields.contains(field)) {
                errors.add(ptr + "/field", "unknown field " + field + " (fields: " + fields + ")");
            }
        }
        Map<String, JsonNode> filter = new LinkedHashMap<>();
        JsonNode f = node.get("filter");
        if (f != null && !f.isNull()) {
            if (!f.isObject()) {
                errors.add(ptr + "/filter", "a filter is an object of conditions by field");
            } else {
                Iterator<Map.Entry<String, JsonNode>> it = f.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> c = it.next();
                    String cp = ptr + "/filter/" + c.getKey();
                    if (!fields.contains(c.getKey())) {
                        errors.add(cp, "unknown field " + c.getKey() + " (fields: " + fields + ")");
                    }
                    JsonNode v = c.getValue();
                    if (v.isObject() && !(v.has("notNull") || v.path("in").isArray() || v.path("notIn").isArray())) {
                        errors.add(cp, "a condition is a value, an array of values, {\"notNull\": true|false}, "
                                + "{\"in\": […]} or {\"notIn\": […]}");
                    }
                    filter.put(c.getKey(), v);
                }
            }
        }
        return aggregate == null ? null : new Measure(filter, aggregate, field);
    }
}
