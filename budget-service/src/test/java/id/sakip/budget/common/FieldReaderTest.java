package id.sakip.budget.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bounds of money, decimals and texts, read as the service's ObjectMapper reads JSON (exact decimals). */
class FieldReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        new JacksonConfig().customize(JSON);
    }

    private static JsonNode body(String value) throws Exception {
        return JSON.readTree("{\"f\": " + value + "}");
    }

    /** The value read (as text), or the first problem noted. */
    private static String read(String value, BiFunction<FieldReader, JsonNode, Object> reader) throws Exception {
        FieldReader in = new FieldReader();
        Object v = reader.apply(in, body(value));
        return in.errors().isEmpty() ? (v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v))
                : in.errors().get(0).message();
    }

    private static String money(String value) throws Exception {
        return read(value, (in, node) -> in.money(node, "f", "", false));
    }

    private static String number(String value) throws Exception {
        return read(value, (in, node) -> in.number(node, "f", "", false, BigDecimal.ZERO, null));
    }

    private static String text(String value, int max) throws Exception {
        return read(value, (in, node) -> in.text(node, "f", "", false, max));
    }

    @ParameterizedTest(name = "money {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1000                  | 1000",
            "1000.0                | 1000",
            "1e3                   | 1000",
            "9223372036854775807   | 9223372036854775807",
            "9223372036854775808   | is too large",
            "1e20                  | is too large",
            "1e400                 | is too large",
            "1e400000000           | is too large",
            "0.4                   | must be whole rupiah, without decimals",
            "1e-400                | must be whole rupiah, without decimals",
            "-1                    | must not be negative",
            "'\"1000\"'            | must be an amount in whole rupiah (a JSON integer)"})
    void moneyIsAWholeNonNegativeRupiahThatFitsALong(String value, String expected) throws Exception {
        assertEquals(expected, money(value));
    }

    @ParameterizedTest(name = "number {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "97.34                 | 97.34",
            "100.0                 | 100",
            "0.0000000001          | 0.0000000001",
            "0.00000000001         | must have at most 10 decimals",
            "1e-400                | must have at most 10 decimals",
            "0e-400                | 0",
            "1e18                  | 1000000000000000000",
            "1.0000000001e18       | is too large",
            "1e400                 | is too large",
            "-1e400000000          | is too large",
            "-1                    | must not be negative"})
    void decimalsAreBoundedInMagnitudeAndScale(String value, String expected) throws Exception {
        assertEquals(expected, number(value));
    }

    @ParameterizedTest(name = "text {0} (max {1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "'\"  DIPA 2024 \"'        | 500 | DIPA 2024",
            "'\"tab\\tand\"'           | 500 | 'tab\tand'",
            "'\"12345\"'               | 5   | 12345",
            "'\"123456\"'              | 5   | must be at most 5 characters",
            "'\"a\\u0000b\"'           | 500 | must not contain control characters (U+0000 to U+001F but tab and line breaks)",
            "'\"a\\u001fb\"'           | 500 | must not contain control characters (U+0000 to U+001F but tab and line breaks)"})
    void textsFitTheirColumnWithoutControlCharacters(String value, int max, String expected) throws Exception {
        assertEquals(expected, text(value, max));
    }
}
