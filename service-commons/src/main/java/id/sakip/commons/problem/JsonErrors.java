package id.sakip.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong with a JSON body, in words a client understands: Jackson's own messages name Java types
 * ({@code `java.lang.Integer`}), which an API answer must not.
 */
final class JsonErrors {

    /** A Java type as Jackson quotes it: {@code `java.lang.Integer`}, {@code `long`}, {@code `id.sakip.x.Foo$Bar`}. */
    private static final Pattern QUOTED_TYPE = Pattern.compile("`[^`]*`");

    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            return scrub(e.getCause().getMessage());
        }
        if (e instanceof InvalidDefinitionException) {
            return "the value cannot be read";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        String message = e.getOriginalMessage() == null ? "the body is not valid JSON" : e.getOriginalMessage();
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && QUOTED_TYPE.matcher(message).find()) {
            return "expected " + kindOf(m.getTargetType());
        }
        return scrub(message);
    }

    /** What a value of a Java type looks like in JSON. */
    static String kindOf(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class
                || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time (ISO 8601)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a value";
    }

    private static String scrub(String message) {
        return QUOTED_TYPE.matcher(message).replaceAll("value");
    }
}
