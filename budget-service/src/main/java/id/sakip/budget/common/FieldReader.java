package id.sakip.budget.common;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads dataset JSON field by field and collects every problem with its JSON pointer (RFC 6901), so a
 * request is answered with all its problems at once instead of the first one.
 */
public final class FieldReader {

    /** The width of the text columns unless a field says otherwise (V4 widened the narrower ones to it). */
    public static final int TEXT_MAX = 500;
    /** Bounds of decimal numbers (scores, percentages, volumes, reported figures): far beyond any real one. */
    static final BigDecimal NUMBER_MAX = BigDecimal.TEN.pow(18);
    static final int DECIMALS_MAX = 10;
    /** Widths of the columns that differ from {@link #TEXT_MAX}. */
    public static final int WORK_UNIT_MAX = 50;
    public static final int SCHEME_CODE_MAX = 60;
    public static final int PERIOD_MAX = 20;
    public static final int NOTE_MAX = 1000;
    public static final int LONG_NOTE_MAX = 2000;

    private final List<FieldError> errors = new ArrayList<>();

    public void error(String pointer, String message) {
        errors.add(new FieldError(pointer, message));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public int errorCount() {
        return errors.size();
    }

    /** Throws 422 with every problem collected so far, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    public static String at(String pointer, String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    public static String at(String pointer, int index) {
        return pointer + "/" + index;
    }

    private static JsonNode field(JsonNode parent, String name) {
        JsonNode n = parent == null ? null : parent.get(name);
        return n == null || n.isNull() ? null : n;
    }

    /** A text of at most {@link #TEXT_MAX} characters. */
    public String text(JsonNode parent, String name, String pointer, boolean required) {
        return text(parent, name, pointer, required, TEXT_MAX);
    }

    /** A trimmed text of at most {@code maxLength} characters (the column's width), without control characters. */
    public String text(JsonNode parent, String name, String pointer, boolean required, int maxLength) {
        JsonNode n = field(parent, name);
        String p = at(pointer, name);
        if (n == null) {
            if (required) {
                error(p, "is required");
            }
            return null;
        }
        if (!n.isTextual() && !n.isNumber()) {
            error(p, "must be a string");
            return null;
        }
        String s = n.asText().trim();
        if (s.isEmpty()) {
            if (required) {
                error(p, "must not be blank");
            }
            return null;
        }
        return storable(s, p, maxLength) ? s : null;
    }

    /** Whether a text (e.g. an object's key) fits a column of {@code maxLength}; notes the problem when not. */
    public boolean storable(String s, String pointer, int maxLength) {
        String why = unstorable(s, maxLength);
        if (why != null) {
            error(pointer, why);
        }
        return why == null;
    }

    /**
     * Why a text cannot be stored in a column of {@code maxLength} characters (too long, or a control character other
     * than tab and line breaks: PostgreSQL refuses NUL, the others have no place in these fields); null when it can.
     */
    public static String unstorable(String s, int maxLength) {
        if (s.length() > maxLength) {
            return "must be at most " + maxLength + " characters";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (U+0000 to U+001F but tab and line breaks)";
            }
        }
        return null;
    }

    public Integer integer(JsonNode parent, String name, String pointer, boolean required, int min, int max) {
        JsonNode n = field(parent, name);
        String p = at(pointer, name);
        if (n == null) {
            if (required) {
                error(p, "is required");
            }
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            error(p, "must be a whole number");
            return null;
        }
        int v = n.intValue();
        if (v < min || v > max) {
            error(p, "must be between " + min + " and " + max);
            return null;
        }
        return v;
    }

    /** Whole rupiah, never negative; null (unknown) when absent and not required. */
    public Long money(JsonNode parent, String name, String pointer, boolean required) {
        JsonNode n = field(parent, name);
        String p = at(pointer, name);
        if (n == null) {
            if (required) {
                error(p, "is required");
            }
            return null;
        }
        if (!n.isNumber()) {
            error(p, "must be an amount in whole rupiah (a JSON integer)");
            return null;
        }
        if (!n.isIntegralNumber() && n.decimalValue().stripTrailingZeros().scale() > 0) {
            error(p, "must be whole rupiah, without decimals");
            return null;
        }
        if (!n.canConvertToLong()) {
            error(p, "is too large");
            return null;
        }
        long v = n.asLong();
        if (n.decimalValue().signum() < 0) {
            error(p, "must not be negative");
            return null;
        }
        return v;
    }

    /** A decimal number (score, percentage, volume). */
    public BigDecimal number(JsonNode parent, String name, String pointer, boolean required,
                             BigDecimal min, BigDecimal max) {
        JsonNode n = field(parent, name);
        String p = at(pointer, name);
        if (n == null) {
            if (required) {
                error(p, "is required");
            }
            return null;
        }
        return number(n, p, min, max);
    }

    public BigDecimal number(JsonNode n, String p, BigDecimal min, BigDecimal max) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            error(p, "must be a number");
            return null;
        }
        BigDecimal v = n.decimalValue();
        // checked before any arithmetic: 1e400000000 must not be expanded, 1e-400 must not pass as 0
        if (v.abs().compareTo(NUMBER_MAX) > 0) {
            error(p, "is too large");
            return null;
        }
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > DECIMALS_MAX) {
            error(p, "must have at most " + DECIMALS_MAX + " decimals");
            return null;
        }
        if (min != null && v.compareTo(min) < 0) {
            error(p, min.signum() == 0 ? "must not be negative" : "must be at least " + min.toPlainString());
            return null;
        }
        if (max != null && v.compareTo(max) > 0) {
            error(p, "must be at most " + max.toPlainString());
            return null;
        }
        return Numbers.canonical(v);
    }

    /** The elements of an array field; empty when absent, an error when not an array. */
    public List<JsonNode> array(JsonNode parent, String name, String pointer, boolean required) {
        JsonNode n = field(parent, name);
        String p = at(pointer, name);
        if (n == null) {
            if (required) {
                error(p, "is required");
            }
            return List.of();
        }
        if (!n.isArray()) {
            error(p, "must be an array");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).isObject()) {
                error(at(p, i), "must be an object");
            }
        }
        return out;
    }

    /** An object field whose values are numbers, in the order given; empty when absent. */
    public Map<String, BigDecimal> numberMap(JsonNode parent, String name, String pointer) {
        return objectMap(parent, name, pointer, (value, at, out, key) -> {
            BigDecimal v = number(value, at, null, null);
            if (v != null || value.isNull()) {
                out.put(key, v);
            }
        });
    }

    /** An object field whose values are strings. */
    public Map<String, String> textMap(JsonNode parent, String name, String pointer) {
        return objectMap(parent, name, pointer, (value, at, out, key) -> {
            if (value.isNull()) {
                out.put(key, null);
            } else if (value.isValueNode()) {
                if (storable(value.asText(), at, TEXT_MAX)) {
                    out.put(key, value.asText());
                }
            } else {
                error(at, "must be a string");
            }
        });
    }

    /** Reads one value of an object field into the map, or reports why it cannot. */
    @FunctionalInterface
    private interface EntryReader<T> {
        void read(JsonNode value, String pointer, Map<String, T> out, String key);
    }

    private <T> Map<String, T> objectMap(JsonNode parent, String name, String pointer, EntryReader<T> reader) {
        JsonNode n = field(parent, name);
        Map<String, T> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        String p = at(pointer, name);
        if (!n.isObject()) {
            error(p, "must be an object");
            return out;
        }
        n.fields().forEachRemaining(e -> {
            if (storable(e.getKey(), p, TEXT_MAX)) {
                reader.read(e.getValue(), at(p, e.getKey()), out, e.getKey());
            }
        });
        return out;
    }

    /** Reports a key that repeats within one list; returns false for the repeat. */
    public boolean unique(Set<String> seen, String key, String pointer, String what) {
        if (key == null) {
            return true;
        }
        if (!seen.add(key)) {
            error(pointer, what + " '" + key + "' repeats");
            return false;
        }
        return true;
    }

    public static Set<String> seen() {
        return new HashSet<>();
    }
}
