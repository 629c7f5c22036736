package id.sakip.commons.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Refuses, while a JSON body is read (into records, or into a tree), values no service can store: strings
 * containing the NUL character (PostgreSQL rejects it in text) and numbers a double cannot hold, other than 0 of
 * a size outside {@code 1e-307 <= |x| < 1e308}: 1e400 would be infinity, 1e-400 would silently become 0. Whether
 * a representable number fits a field (1e20 rupiah) is the field's rule (Bean Validation, 422). The caller gets a
 * 400 problem with a pointer to the field. Whole-number fields are bounded by Jackson itself (a value out of range of int or long is
 * refused).
 */
@Singleton
public class JsonInputLimits implements ObjectMapperCustomizer {

    /** A number must be below 1e308 in size: a larger one is infinity as a double. */
    public static final int MAX_EXPONENT = 308;
    /** A number other than 0 must be at least 1e-307 in size: a smaller one underflows a double to 0. */
    public static final int MIN_EXPONENT = -307;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("sakip-json-input-limits");
        module.addDeserializer(String.class, new NulFreeStringDeserializer());
        module.addDeserializer(BigDecimal.class, new BoundedBigDecimalDeserializer());
        module.addDeserializer(Double.class, new BoundedDoubleDeserializer(Double.class, null));
        module.addDeserializer(double.class, new BoundedDoubleDeserializer(Double.TYPE, 0.0));
        module.addDeserializer(JsonNode.class, new CheckedTreeDeserializer());
        mapper.registerModule(module);
    }

    /** Whether a number is one the services can store: zero, or of a magnitude within the bounds. */
    public static boolean representable(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        int exponent = value.precision() - value.scale() - 1; // 1234.5 -> 3, 0.001 -> -3
        return exponent < MAX_EXPONENT && exponent >= MIN_EXPONENT;
    }

    private static InvalidFormatException outOfRange(JsonParser p, Object value, Class<?> type) {
        return InvalidFormatException.from(p, "number out of range: it must be 0 or between 1e" + MIN_EXPONENT
                + " and 1e" + MAX_EXPONENT + " in size", value, type);
    }

    /** Trees (a dataset read as a JsonNode) are held to the same limits, checked once the tree is read. */
    static final class CheckedTreeDeserializer extends StdDeserializer<JsonNode> {

        CheckedTreeDeserializer() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
            check(p, tree);
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return NullNode.getInstance();
        }

        private static void check(JsonParser p, JsonNode node) throws InvalidFormatException {
            if (node.isTextual()) {
                if (node.textValue().indexOf('\u0000') >= 0) {
                    throw nul(p, node.textValue());
                }
            } else if (node.isNumber() && !node.isIntegralNumber()) {
                boolean fits = node.isBigDecimal() ? representable(node.decimalValue())
                        : Double.isFinite(node.doubleValue()) && representable(BigDecimal.valueOf(node.doubleValue()));
                if (!fits) {
                    throw outOfRange(p, node.numberValue(), BigDecimal.class);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        check(p, node.get(i));
                    } catch (InvalidFormatException e) {
                        e.prependPath(node, i);
                        throw e;
                    }
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    try {
                        check(p, field.getValue());
                    } catch (InvalidFormatException e) {
                        e.prependPath(node, field.getKey());
                        throw e;
                    }
                }
            }
        }
    }

    private static InvalidFormatException nul(JsonParser p, String value) {
        return InvalidFormatException.from(p, "text must not contain the NUL character (\\u0000)", value, String.class);
    }

    static final class NulFreeStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw nul(p, value);
            }
            return value;
        }
    }

    static final class BoundedBigDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && !representable(value)) {
                throw outOfRange(p, value, BigDecimal.class);
            }
            return value;
        }
    }

    static final class BoundedDoubleDeserializer extends NumberDeserializers.DoubleDeserializer {
        BoundedDoubleDeserializer(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = super.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            // The number as written, not the double: 1e400 is infinity and 1e-400 is 0 as a double.
            boolean fits = p.currentToken() != null && p.currentToken().isNumeric()
                    ? representable(p.getDecimalValue()) : Double.isFinite(value);
            if (!fits) {
                throw outOfRange(p, value, Double.class);
            }
            return value;
        }
    }
}
