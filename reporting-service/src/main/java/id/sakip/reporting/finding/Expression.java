package id.sakip.reporting.finding;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The small expression language of validation rules, evaluated over the JSON report model.
 * <pre>
 * expr    := sum(path) | avg(path) | count(path) | percent(expr, expr) | add(expr, ...) | sub(expr, expr) | path | number
 * path    := root segment*            root := field of the model | $ (the item of the rule's scope)
 * segment := .field | [*] | [n] | [field=value] | [field!=value]   (an array field matches when one element does)
 * value   := literal | $year (the report's year) | $.field (a field of the scope item)
 * </pre>
 * A scope that selects an array is evaluated once per element. A field step over an array applies to every
 * element, so {@code budgets[*].reported[key=absorptionPercent].value}
 * and {@code scorecard.objectives.indicators[code=IKK-1.1].achievement} both work. {@code percent(a, b)} is
 * a / b × 100 rounded half-up to two decimals, as the figures are printed.
 */
public final class Expression {

    /** A JSON node with its JSON pointer in the model and the node it was reached from. */
    public record Located(JsonNode node, String pointer, Located parent) {

        /**
         * A field of this node or, failing that, of the nearest ancestor that has it; a dotted name
         * ({@code derived.rule}, {@code left.source}) walks into nested objects.
         */
        public JsonNode lookup(String field) {
            String pointer = "/" + field.replace('.', '/');
            for (Located l = this; l != null; l = l.parent) {
                JsonNode v = field.indexOf('.') < 0 ? l.node.get(field) : l.node.at(pointer);
                if (v != null && !v.isNull() && !v.isContainerNode()) {
                    return v;
                }
            }
            return null;
        }
    }

    /** The value of an expression and where it comes from. */
    public record Value(BigDecimal number, String pointer, String resolved) {
    }

    /** The context an expression is evaluated in. */
    public record Context(JsonNode model, int year, Located item) {
    }

    private sealed interface Node permits Func, PathNode, Literal {
    }

    private record Func(String name, List<Node> args) implements Node {
    }

    private record PathNode(String root, List<Segment> segments) implements Node {
    }

    private record Literal(BigDecimal value) implements Node {
    }

    private record Segment(String kind, String name, String value) {
    }

    /** A path that ends on an array stands for its elements: count(registers.justiceCases) counts the cases. */
    private static List<Located> elements(List<Located> found) {
        List<Located> out = new java.util.ArrayList<>();
        for (Located l : found) {
            if (l.node() != null && l.node().isArray()) {
                for (int i = 0; i < l.node().size(); i++) {
                    out.add(new Located(l.node().get(i), l.pointer() + "/" + i, l));
                }
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static final List<String> FUNCTIONS = List.of("sum", "avg", "count", "percent", "add", "sub");
    private static final Map<String, int[]> ARITY = Map.of("sum", new int[]{1, 1}, "avg", new int[]{1, 1},
            "count", new int[]{1, 1}, "percent", new int[]{2, 2}, "add", new int[]{1, 20}, "sub", new int[]{2, 2});

    private final String text;
    private final Node root;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    public String text() {
        return text;
    }

    /** Parses an expression; throws {@link IllegalArgumentException} with a readable message when it is wrong. */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty expression");
        }
        Parser p = new Parser(text.trim());
        Node n = p.expr();
        p.skipSpace();
        if (p.pos < p.s.length()) {
            throw new IllegalArgumentException("unexpected '" + p.s.substring(p.pos) + "' at position " + p.pos);
        }
        return new Expression(text.trim(), n);
    }

    /** Parses a scope: a plain path whose every match becomes the {@code $} of one evaluation. */
    public static Expression parseScope(String text) {
        Expression e = parse(text);
        if (!(e.root instanceof PathNode)) {
            throw new IllegalArgumentException("a scope must be a path, not a function or number");
        }
        return e;
    }

    /** The nodes a scope path selects. */
    public List<Located> select(Context ctx) {
        List<Located> out = new ArrayList<>();
        for (Located l : walk((PathNode) root, ctx)) {
            if (l.node().isArray()) {
                for (int i = 0; i < l.node().size(); i++) {
                    out.add(new Located(l.node().get(i), l.pointer() + "/" + i, l));
                }
            } else {
                out.add(l);
            }
        }
        return out;
    }

    public Value evaluate(Context ctx) {
        return eval(root, ctx);
    }

    private Value eval(Node node, Context ctx) {
        if (node instanceof Literal l) {
            return new Value(l.value(), null, l.value().toPlainString());
        }
        if (node instanceof PathNode p) {
            List<Located> found = walk(p, ctx);
            Located first = found.stream().filter(l -> l.node().isNumber() || l.node().isTextual()).findFirst().orElse(null);
            if (first == null) {
                return new Value(null, found.isEmpty() ? null : found.get(0).pointer(), describe(p, ctx));
            }
            return new Value(number(first.node()), first.pointer(), first.pointer());
        }
        Func f = (Func) node;
        switch (f.name()) {
            case "sum", "avg", "count" -> {
                PathNode p = (PathNode) f.args().get(0);
                List<Located> found = elements(walk(p, ctx));
                String resolved = f.name() + "(" + describe(p, ctx) + ")";
                String pointer = found.isEmpty() ? null : found.get(0).pointer();
                if (f.name().equals("count")) {
                    return new Value(BigDecimal.valueOf(found.size()), pointer, resolved);
                }
                BigDecimal sum = null;
                int n = 0;
                for (Located l : found) {
                    BigDecimal v = number(l.node());
                    if (v != null) {
                        sum = sum == null ? v : sum.add(v);
                        n++;
                    }
                }
                if (sum != null && f.name().equals("avg")) {
                    sum = sum.divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
                }
                return new Value(sum, pointer, resolved);
            }
            case "percent" -> {
                Value a = eval(f.args().get(0), ctx);
                Value b = eval(f.args().get(1), ctx);
                String resolved = "percent(" + a.resolved() + ", " + b.resolved() + ")";
                if (a.number() == null || b.number() == null || b.number().signum() == 0) {
                    return new Value(null, a.pointer(), resolved);
                }
                BigDecimal v = a.number().multiply(BigDecimal.valueOf(100)).divide(b.number(), 2, RoundingMode.HALF_UP);
                return new Value(v, a.pointer(), resolved);
            }
            default -> {
                List<Value> args = new ArrayList<>();
                for (Node a : f.args()) {
                    args.add(eval(a, ctx));
                }
                String resolved = f.name() + "(" + String.join(", ", args.stream().map(Value::resolved).toList()) + ")";
                if (args.stream().anyMatch(v -> v.number() == null)) {
                    return new Value(null, args.get(0).pointer(), resolved);
                }
                BigDecimal v = args.get(0).number();
                for (int i = 1; i < args.size(); i++) {
                    v = f.name().equals("add") ? v.add(args.get(i).number()) : v.subtract(args.get(i).number());
                }
                return new Value(v, args.get(0).pointer(), resolved);
            }
        }
    }

    private static BigDecimal number(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private String describe(PathNode p, Context ctx) {
        StringBuilder sb = new StringBuilder();
        if (p.root().equals("$")) {
            sb.append(ctx.item() == null ? "$" : ctx.item().pointer());
        } else {
            sb.append('/').append(p.root());
        }
        for (Segment s : p.segments()) {
            switch (s.kind()) {
                case "field" -> sb.append('/').append(s.name());
                case "all" -> sb.append("/*");
                case "index" -> sb.append('/').append(s.name());
                default -> sb.append('[').append(s.name()).append(s.kind().equals("ne") ? "!=" : "=")
                        .append(filterValue(s.value(), ctx)).append(']');
            }
        }
        return sb.toString();
    }

    private List<Located> walk(PathNode p, Context ctx) {
        List<Located> current = new ArrayList<>();
        if (p.root().equals("$")) {
            if (ctx.item() == null) {
                throw new IllegalArgumentException("'$' is used outside a rule scope");
            }
            current.add(ctx.item());
        } else {
            JsonNode n = ctx.model().get(p.root());
            if (n != null && !n.isNull()) {
                current.add(new Located(n, "/" + p.root(), null));
            }
        }
        for (Segment s : p.segments()) {
            List<Located> next = new ArrayList<>();
            for (Located l : current) {
                step(l, s, ctx, next);
            }
            current = next;
        }
        return current;
    }

    private void step(Located l, Segment s, Context ctx, List<Located> out) {
        JsonNode n = l.node();
        switch (s.kind()) {
            case "field" -> {
                if (n.isArray()) {
                    for (int i = 0; i < n.size(); i++) {
                        step(new Located(n.get(i), l.pointer() + "/" + i, l), s, ctx, out);
                    }
                } else {
                    JsonNode v = n.get(s.name());
                    if (v != null && !v.isNull()) {
                        out.add(new Located(v, l.pointer() + "/" + s.name(), l));
                    }
                }
            }
            case "all" -> {
                if (n.isArray()) {
                    for (int i = 0; i < n.size(); i++) {
                        out.add(new Located(n.get(i), l.pointer() + "/" + i, l));
                    }
                } else if (n.isObject()) {
                    n.fieldNames().forEachRemaining(f -> out.add(new Located(n.get(f), l.pointer() + "/" + f, l)));
                }
            }
            case "index" -> {
                int i = Integer.parseInt(s.name());
                if (n.isArray() && i < n.size()) {
                    out.add(new Located(n.get(i), l.pointer() + "/" + i, l));
                }
            }
            default -> {
                String wanted = filterValue(s.value(), ctx);
                boolean equal = s.kind().equals("eq");
                if (n.isArray()) {
                    for (int i = 0; i < n.size(); i++) {
                        if (matches(n.get(i).get(s.name()), wanted) == equal) {
                            out.add(new Located(n.get(i), l.pointer() + "/" + i, l));
                        }
                    }
                } else if (n.isObject() && matches(n.get(s.name()), wanted) == equal) {
                    out.add(l);
                }
            }
        }
    }

    private static boolean matches(JsonNode field, String wanted) {
        if (field == null || field.isNull()) {
            return wanted == null || wanted.equals("null");
        }
        if (field.isArray()) {
            // an array field matches when one of its elements does: [measures=F] selects the records with measure F
            for (JsonNode e : field) {
                if (matches(e, wanted)) {
                    return true;
                }
            }
            return false;
        }
        if (wanted == null) {
            return false;
        }
        if (field.isNumber()) {
            try {
                return field.decimalValue().compareTo(new BigDecimal(wanted)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return field.asText().equals(wanted);
    }

    private String filterValue(String raw, Context ctx) {
        if (raw.equals("$year")) {
            return Integer.toString(ctx.year());
        }
        if (raw.startsWith("$.")) {
            if (ctx.item() == null) {
                throw new IllegalArgumentException("'" + raw + "' is used outside a rule scope");
            }
            JsonNode v = ctx.item().lookup(raw.substring(2));
            return v == null ? null : v.asText();
        }
        return raw;
    }

    /** A recursive-descent parser; small on purpose. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Node expr() {
            skipSpace();
            if (pos >= s.length()) {
                throw new IllegalArgumentException("expression ends too early");
            }
            char c = s.charAt(pos);
            if (Character.isDigit(c) || c == '-') {
                int start = pos++;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                try {
                    return new Literal(new BigDecimal(s.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad number '" + s.substring(start, pos) + "'");
                }
            }
            String name = identifier();
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '(') {
                if (!FUNCTIONS.contains(name)) {
                    throw new IllegalArgumentException("unknown function '" + name + "'; known: " + FUNCTIONS);
                }
                pos++;
                List<Node> args = new ArrayList<>();
                skipSpace();
                if (pos < s.length() && s.charAt(pos) != ')') {
                    args.add(expr());
                    skipSpace();
                    while (pos < s.length() && s.charAt(pos) == ',') {
                        pos++;
                        args.add(expr());
                        skipSpace();
                    }
                }
                expect(')');
                int[] arity = ARITY.get(name);
                if (args.size() < arity[0] || args.size() > arity[1]) {
                    throw new IllegalArgumentException(name + " takes " + (arity[0] == arity[1] ? arity[0]
                            : arity[0] + " to " + arity[1]) + " argument(s)");
                }
                if ((name.equals("sum") || name.equals("avg") || name.equals("count")) && !(args.get(0) instanceof PathNode)) {
                    throw new IllegalArgumentException(name + " needs a path");
                }
                return new Func(name, args);
            }
            return path(name);
        }

        private Node path(String root) {
            List<Segment> segments = new ArrayList<>();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '.') {
                    pos++;
                    segments.add(new Segment("field", identifier(), null));
                } else if (c == '[') {
                    pos++;
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == '*') {
                        pos++;
                        segments.add(new Segment("all", "*", null));
                    } else if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        int start = pos;
                        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                            pos++;
                        }
                        segments.add(new Segment("index", s.substring(start, pos), null));
                    } else {
                        String field = identifier();
                        skipSpace();
                        String kind;
                        if (s.startsWith("!=", pos)) {
                            kind = "ne";
                            pos += 2;
                        } else if (pos < s.length() && s.charAt(pos) == '=') {
                            kind = "eq";
                            pos++;
                        } else {
                            throw new IllegalArgumentException("expected '=' or '!=' at position " + pos);
                        }
                        skipSpace();
                        int start = pos;
                        while (pos < s.length() && s.charAt(pos) != ']') {
                            pos++;
                        }
                        String value = s.substring(start, pos).trim();
                        if (value.length() >= 2 && (value.startsWith("'") || value.startsWith("\""))) {
                            value = value.substring(1, value.length() - 1);
                        }
                        if (value.isEmpty()) {
                            throw new IllegalArgumentException("empty filter value for '" + field + "'");
                        }
                        segments.add(new Segment(kind, field, value));
                    }
                    skipSpace();
                    expect(']');
                } else {
                    break;
                }
            }
            return new PathNode(root, segments);
        }

        private String identifier() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '$' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("expected a name at position " + pos
                        + (pos < s.length() ? " but found '" + s.charAt(pos) + "'" : ""));
            }
            return s.substring(start, pos);
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at position " + pos);
            }
            pos++;
        }
    }
}
