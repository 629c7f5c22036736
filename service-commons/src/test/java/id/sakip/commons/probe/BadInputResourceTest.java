package id.sakip.commons.probe;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Bad input of every kind becomes a 4xx problem, never a 5xx, and no answer names a Java type. */
@QuarkusTest
@WithTestResource(RestartablePostgres.class)
class BadInputResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @ValueSource(strings = {"/probe/units/%00", "/probe/units/4081%0003", "/probe/numbers?year=2024%00",
            "/probe/numbers?x=%00&year=2024"})
    void aNulCharacterInThePathOrQueryIs400(String path) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", containsString("NUL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"year=abc", "page=2147483648", "page=1.5", "year=99999999999"})
    void anUnparseableNumberIs400Not404(String query) {
        given().urlEncodingEnabled(false).when().get("/probe/numbers?" + query)
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Bad request"))
                .body(not(containsString("java.")));
    }

    @Test
    void validNumbersPass() {
        given().when().get("/probe/numbers?year=2024&page=3")
                .then().statusCode(200).body("year", equalTo(2024)).body("page", equalTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"note\":\"a\\u0000b\"}",
            "{\"note\":\"ok\",\"tags\":[\"x\\u0000\"]}",
            "{\"note\":\"ok\",\"amount\":1e400}",
            "{\"note\":\"ok\",\"amount\":-1e308}",
            "{\"note\":\"ok\",\"amount\":1e-400}",
            "{\"note\":\"ok\",\"ratio\":1e400}",
            "{\"note\":\"ok\",\"ratio\":1e-400}",
            "{\"note\":\"ok\",\"ceiling\":1e400}",
            "{\"note\":\"ok\",\"ceiling\":9223372036854775808}",
            "{\"note\":\"ok\",\"ceiling\":\"abc\"}",
            "{\"note\":\"ok\",\"amount\":\"abc\"}",
            "{\"note\":\"ok\",\"tags\":{}}",
            "{\"note\":[1]}",
            "{\"note\":\"ok\"",
    })
    void unreadableOrUnstorableJsonIs400WithoutJavaTypes(String body) {
        given().contentType(ContentType.JSON).body(body).when().post("/probe/bodies")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"))
                .body(not(containsString("java.")))
                .body(not(containsString("`")));
    }

    @Test
    void theFieldOfAnOutOfRangeNumberIsNamed() {
        given().contentType(ContentType.JSON).body("{\"note\":\"ok\",\"amount\":1e400}").when().post("/probe/bodies")
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("/amount"))
                .body("errors[0].message", containsString("out of range"));
        given().contentType(ContentType.JSON).body("{\"note\":\"ok\",\"ceiling\":\"abc\"}").when().post("/probe/bodies")
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("/ceiling"))
                .body("errors[0].message", equalTo("expected a whole number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"rows\":[{\"note\":\"ok\"},{\"note\":\"a\\u0000\"}]}/rows/1/note",
            "{\"rows\":[{\"denominator\":1e309}]}/rows/0/denominator",
            "{\"x\":{\"y\":[1, 2.5, 1e400]}}/x/y/2",
    })
    void aTreeIsHeldToTheSameLimits(String bodyAndPointer) {
        int split = bodyAndPointer.lastIndexOf('}') + 1;
        given().contentType(ContentType.JSON).body(bodyAndPointer.substring(0, split)).when().post("/probe/trees")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].pointer", equalTo(bodyAndPointer.substring(split)));
    }

    @Test
    void aTreeWithinTheLimitsPasses() {
        given().contentType(ContentType.JSON).body("{\"rows\":[{\"note\":\"ok\",\"value\":12.5,\"n\":3}],\"z\":null}")
                .when().post("/probe/trees")
                .then().statusCode(200).body("rows[0].value", equalTo(12.5f)).body("rows[0].n", equalTo(3));
    }

    @Test
    void numbersWithinRangePass() {
        given().contentType(ContentType.JSON)
                .body("{\"note\":\"ok\",\"amount\":123456789012.5,\"ratio\":0.000001,\"ceiling\":900000000000}")
                .when().post("/probe/bodies")
                .then().statusCode(200).body("ceiling", equalTo(900000000000L));
        // A computed value with many decimals (another service's answer) is no bad input.
        given().contentType(ContentType.JSON).body("{\"note\":\"ok\",\"amount\":1E-32,\"ratio\":-2.5E-300}")
                .when().post("/probe/bodies")
                .then().statusCode(200);
    }

    @Test
    void aConstraintViolationIsAProblemWhereverItIsRaised() {
        given().contentType(ContentType.JSON).body("{\"note\":\"\"}").when().post("/probe/bodies")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].pointer", equalTo("/note"));
        given().contentType(ContentType.JSON).body("{\"note\":\"\"}").when().post("/probe/late-violations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].pointer", equalTo("/note"));
    }

    @Test
    void aNulCharacterTheDatabaseRefusesIs400() {
        // The probe turns "\0" into a NUL, as if one had passed the filters: PostgreSQL refuses it (22021).
        given().urlEncodingEnabled(false).when().get("/probe/units/a%5C0b")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("NUL"));
        given().when().get("/probe/units/408103").then().statusCode(200).body("code", equalTo("408103"));
    }

    @Test
    void aDuplicateKeyIs409() {
        given().when().post("/probe/keys/dup-1").then().statusCode(200);
        given().when().post("/probe/keys/dup-1")
                .then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Conflict"))
                .body("detail", containsString("same key"));
    }

    @Test
    void aLockTimeoutIs409WithRetryAfter() throws Exception {
        given().when().post("/probe/keys/locked-1").then().statusCode(200);
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection holder = DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("SELECT key FROM probe_key WHERE key = 'locked-1' FOR UPDATE");
            given().when().post("/probe/locked/locked-1")
                    .then().statusCode(409).contentType(PROBLEM)
                    .header("Retry-After", "1")
                    .body("detail", containsString("another request"));
            holder.rollback();
        }
        given().when().post("/probe/locked/locked-1").then().statusCode(200);
    }
}
