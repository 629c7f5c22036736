package id.sakip.reporting.finding;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.format.IdFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates validation rules over a report model (pure Java). A rule without scope is evaluated once; a rule with a
 * scope once per node the scope selects, with {@code $} bound to it. A side that has no value (unknown, not
 * applicable) makes the comparison not applicable: no finding. Differences within the rule's tolerance are rounding.
 */
public final class RuleEvaluator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z$][A-Za-z0-9_.]*)}");
    private static final Pattern TABLES = Pattern.compile("Tabel [IVX]+\\.\\d+[a-z]?(, (Tabel )?[IVX]+\\.\\d+[a-z]?)*");
    private static final List<String> CONTEXT_FIELDS = List.of("year", "key", "indicator", "objective", "code",
            "breakdown", "field", "revision", "period", "relation");

    private RuleEvaluator() {
    }

    /**
     * @param sources top-level model field → the request it was read from, e.g. {@code budgets} →
     *                {@code budget-service GET /api/v1/budgets?...}
     */
    public static List<Finding> evaluate(JsonNode model, int year, List<RuleSpec> rules, Map<String, String> sources) {
        List<Finding> findings = new ArrayList<>();
        for (RuleSpec rule : rules) {
            Expression left = Expression.parse(rule.left());
            Expression right = Expression.parse(rule.right());
            List<Expression.Located> items = new ArrayList<>();
            if (rule.scope() == null || rule.scope().isBlank()) {
                items.add(null);
            } else {
                items.addAll(Expression.parseScope(rule.scope()).select(new Expression.Context(model, year, null)));
            }
            for (Expression.Located item : items) {
                Expression.Context ctx = new Expression.Context(model, year, item);
                Expression.Value l = left.evaluate(ctx);
                Expression.Value r = right.evaluate(ctx);
                if (l.number() == null || r.number() == null) {
                    continue;
                }
                BigDecimal tolerance = rule.tolerance() == null ? BigDecimal.ZERO : rule.tolerance();
                if (holds(rule.operator(), l.number(), r.number(), tolerance)) {
                    continue;
                }
                findings.add(finding(model, rule, left, right, l, r, tolerance, item, sources));
            }
        }
        return findings;
    }

    static boolean holds(String operator, BigDecimal l, BigDecimal r, BigDecimal tolerance) {
        BigDecimal diff = l.subtract(r);
        return switch (operator) {
            case "EQ" -> diff.abs().compareTo(tolerance) <= 0;
            case "NE" -> diff.abs().compareTo(tolerance) > 0;
            case "LT" -> l.compareTo(r) < 0;
            case "LE" -> diff.compareTo(tolerance) <= 0;
            case "GT" -> l.compareTo(r) > 0;
            case "GE" -> diff.negate().compareTo(tolerance) <= 0;
            default -> throw new IllegalArgumentException("unknown operator " + operator);
        };
    }

    private static Finding finding(JsonNode model, RuleSpec rule, Expression left, Expression right, Expression.Value l,
                                   Expression.Value r, BigDecimal tolerance, Expression.Located item,
                                   Map<String, String> sources) {
        Map<String, String> context = new LinkedHashMap<>();
        if (item != null) {
            for (String f : CONTEXT_FIELDS) {
                JsonNode v = item.lookup(f);
                if (v != null) {
                    context.put(f, v.asText());
                }
            }
        }
        JsonNode whereNode = item == null ? null : item.lookup("where");
        String where = whereNode == null ? null : whereNode.asText();
        BigDecimal difference = l.number().subtract(r.number()).stripTrailingZeros();
        if (difference.scale() < 0) {
            difference = difference.setScale(0, RoundingMode.UNNECESSARY);
        }
        Finding.Operand lo = new Finding.Operand(left.text(), l.resolved(), l.number(), l.pointer(), source(model, l.pointer(), sources));
        Finding.Operand ro = new Finding.Operand(right.text(), r.resolved(), r.number(), r.pointer(),
                source(model, r.pointer(), sources));
        String message = message(rule.message(), l.number(), r.number(), difference, where, item);
        String location = rule.location() == null || rule.location().isBlank() ? place(where)
                : message(rule.location(), l.number(), r.number(), difference, where, item);
        boolean minor = rule.minorDifference() != null && difference.abs().compareTo(rule.minorDifference()) <= 0;
        // without a stated root cause, the rounding differences of one rule share one (the printed precision)
        String problem = rule.rootCause() != null && !rule.rootCause().isBlank()
                ? message(rule.rootCause(), l.number(), r.number(), difference, where, item)
                : minor ? rule.code() + " pembulatan" : rule.code() + (context.isEmpty() ? "" : " " + context.values());
        return new Finding(rule.code(), rule.name(), minor ? "LOW" : rule.importance(), message, lo, ro, rule.operator(),
                difference, tolerance, where, context, location, problem);
    }

    /**
     * The request the value was read from and, when the object holding the value names its own origin (a register
     * check side's {@code source}, a derived figure's {@code source} and derivation {@code rule}), that origin too.
     */
    static String source(JsonNode model, String pointer, Map<String, String> sources) {
        if (pointer == null || pointer.length() < 2) {
            return null;
        }
        int end = pointer.indexOf('/', 1);
        String top = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
        String request = sources.get(top);
        // the nearest enclosing object that names an origin
        JsonNode holder = null;
        for (int last = pointer.lastIndexOf('/'); model != null && last > 0; last = pointer.lastIndexOf('/', last - 1)) {
            JsonNode n = model.at(pointer.substring(0, last));
            if (n.isObject() && (n.path("source").isTextual() || n.path("rule").isTextual())) {
                holder = n;
                break;
            }
        }
        if (holder == null) {
            return request;
        }
        StringBuilder origin = new StringBuilder();
        JsonNode own = holder.get("source");
        if (own != null && own.isTextual() && !own.asText().isBlank()) {
            origin.append(own.asText());
        }
        JsonNode rule = holder.get("rule");
        if (rule != null && rule.isTextual() && !rule.asText().isBlank()) {
            origin.append(origin.isEmpty() ? "" : ", ").append("derivation rule");
            JsonNode id = holder.get("ruleId");
            if (id != null && id.isNumber()) {
                origin.append(' ').append(id.asText());
            }
            origin.append(": ").append(rule.asText());
        }
        if (origin.isEmpty()) {
            return request;
        }
        return request == null ? origin.toString() : request + " → " + origin;
    }

    private static String message(String template, BigDecimal l, BigDecimal r, BigDecimal diff, String where,
                                  Expression.Located item) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "left" -> format(l);
                case "right" -> format(r);
                case "difference" -> format(diff);
                case "where" -> where == null ? "–" : where;
                case "where.place" -> where == null ? "–" : place(where);
                default -> {
                    boolean tables = name.endsWith(".tables");
                    String field = name.startsWith("$.") ? name.substring(2) : name;
                    field = tables ? field.substring(0, field.length() - ".tables".length()) : field;
                    JsonNode v = item == null ? null : item.lookup(field);
                    yield v == null ? "–" : tables ? tables(v.asText()) : v.asText();
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The place a source document names, without a remark in parentheses ("Ringkasan Eksekutif (…)"). */
    static String place(String where) {
        if (where == null) {
            return null;
        }
        int p = where.indexOf(" (");
        return p < 0 ? where : where.substring(0, p);
    }

    /** The table references in a text, e.g. "Tabel III.30, III.31" out of "registers/passportIssuance rows (Tabel III.30, III.31)". */
    static String tables(String text) {
        Matcher m = TABLES.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out.isEmpty() ? "–" : String.join("; ", out);
    }

    /**
     * Findings grouped by their root cause: one problem per distinct {@code problem} key, in the order first met,
     * with the highest importance among its findings and that finding's message and location.
     */
    public static List<Problem> problems(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(f.problem() == null ? f.rule() : f.problem(), k -> new ArrayList<>()).add(f);
        }
        List<Problem> out = new ArrayList<>();
        groups.forEach((key, fs) -> {
            Finding lead = fs.stream().min(java.util.Comparator.comparingInt(f -> rank(f.importance()))).orElseThrow();
            out.add(new Problem(key, lead.importance(), lead.location(), lead.message(),
                    fs.stream().map(Finding::rule).distinct().toList(), fs.size()));
        });
        return out;
    }

    private static int rank(String importance) {
        return switch (importance) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }

    /** Whole numbers as integers ({@code 26.046.788.235}, {@code 72}), others with two decimals ({@code 93,32}). */
    static String format(BigDecimal v) {
        if (v.stripTrailingZeros().scale() <= 0) {
            return IdFormat.money(v.longValue());
        }
        return IdFormat.decimal(v, 2);
    }
}
