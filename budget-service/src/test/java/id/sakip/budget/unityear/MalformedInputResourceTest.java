package id.sakip.budget.unityear;

import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bodies a careless client or an attacker sends (issue 16): huge and tiny numbers, 100 KB strings, control
 * characters. Each is a problem at its JSON pointer, never a 5xx, and the stored year stays as it was: 400 for a value
 * no service can store (a number no double holds, 1e400 or 1e-400; text with NUL), refused for every service by
 * service-commons while the JSON is read; 422 for a value that breaks the field's own rule (0.4 rupiah, 1e20).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "admin")
class MalformedInputResourceTest {

    private static final String INVALID_CONTENT = "https://sakip.example.id/problems/invalid-content";
    private static final String BUDGET = """
            {"workUnit": "409011", "year": 2035, "ceiling": 1000, "realization": 800, "reference": "DIPA 2035",
             "outputs": [{"code": "EBA.994", "volumeTarget": 12, "ceiling": 1000}],
             "reported": [{"key": "absorptionPercent", "value": 80}]}""";
    private static final String REVENUE = """
            {"workUnit": "409011", "year": 2035, "target": 1000, "reference": "PNBP 2035",
             "accounts": [{"code": "425211", "name": "Paspor", "mpnNonTax": 1500}]}""";
    private static final String HUNDRED_KB = "x".repeat(100 * 1024);

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
        given().contentType(ContentType.JSON).body(BUDGET).put("/api/v1/budgets/409011/2035");
        given().contentType(ContentType.JSON).body(REVENUE).put("/api/v1/revenues/409011/2035");
    }

    private static String stored(String resource) {
        return given().queryParam("workUnit", "409011").queryParam("year", 2035).get("/api/v1/" + resource)
                .then().statusCode(200).extract().asString();
    }

    /** PUTs the body with the current ETag: 422 at the pointer with the message, nothing stored. */
    private static void refused(String resource, String body, String pointer, String message) {
        refused(resource, body, 422, pointer, message);
    }

    /** 400 at the pointer, as service-commons answers any body whose value no service can store. */
    private static void unreadable(String resource, String body, String pointer) {
        refused(resource, body, 400, pointer, null);
    }

    private static void refused(String resource, String body, int status, String pointer, String message) {
        String before = stored(resource);
        String etag = given().queryParam("workUnit", "409011").queryParam("year", 2035).get("/api/v1/" + resource)
                .then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/" + resource + "/409011/2035")
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo(pointer))
                .body("errors[0].message", message == null ? org.hamcrest.Matchers.notNullValue() : equalTo(message));
        assertEquals(before, stored(resource));
    }

    @Test
    void moneyBeyondAnyDoubleIsTooLargeNotAnError() {
        unreadable("budgets", BUDGET.replace("\"ceiling\": 1000,", "\"ceiling\": 1e400,"), "/ceiling");
        refused("budgets", BUDGET.replace("\"ceiling\": 1000,", "\"ceiling\": 1e20,"), "/ceiling", "is too large");
        unreadable("revenues", REVENUE.replace("\"target\": 1000", "\"target\": 1e400"), "/target");
    }

    @Test
    void fractionsOfARupiahAreRefusedHoweverSmall() {
        String whole = "must be whole rupiah, without decimals";
        refused("budgets", BUDGET.replace("\"ceiling\": 1000,", "\"ceiling\": 0.4,"), "/ceiling", whole);
        refused("budgets", BUDGET.replace("\"ceiling\": 1000,", "\"ceiling\": 1.5e-3,"), "/ceiling", whole);
        unreadable("budgets", BUDGET.replace("\"ceiling\": 1000,", "\"ceiling\": 1e-400,"), "/ceiling");
        unreadable("revenues", REVENUE.replace("\"mpnNonTax\": 1500", "\"mpnNonTax\": 1e-400"), "/accounts/0/mpnNonTax");
    }

    @Test
    void decimalNumbersAreBounded() {
        unreadable("budgets", BUDGET.replace("\"value\": 80", "\"value\": 1e400"), "/reported/0/value");
        unreadable("budgets", BUDGET.replace("\"value\": 80", "\"value\": -1e400000000"), "/reported/0/value");
        refused("budgets", BUDGET.replace("\"value\": 80", "\"value\": 1e19"), "/reported/0/value", "is too large");
        refused("budgets", BUDGET.replace("\"volumeTarget\": 12", "\"volumeTarget\": 1e-12"),
                "/outputs/0/volumeTarget", "must have at most 10 decimals");
    }

    @Test
    void longTextsAreRefusedAtTheirField() {
        refused("budgets", BUDGET.replace("DIPA 2035", HUNDRED_KB), "/reference", "must be at most 500 characters");
        refused("revenues", REVENUE.replace("Paspor", HUNDRED_KB), "/accounts/0/name",
                "must be at most 500 characters");
        refused("budgets", BUDGET.replace("EBA.994", HUNDRED_KB), "/outputs/0/code", "must be at most 500 characters");
    }

    @Test
    void controlCharactersAreRefused() {
        String control = "must not contain control characters (U+0000 to U+001F but tab and line breaks)";
        unreadable("budgets", BUDGET.replace("DIPA 2035", "DIPA\\u00002035"), "/reference");
        unreadable("revenues", REVENUE.replace("PNBP 2035", "PNBP\\u00002035"), "/reference");
        refused("budgets", BUDGET.replace("DIPA 2035", "DIPA\\u00072035"), "/reference", control);
        refused("revenues", REVENUE.replace("425211", "4252\\u000111"), "/accounts/0/code", control);
    }

    @Test
    void aDatasetWithSuchValuesStoresNothing() {
        String before = stored("budgets");
        String dataset = "{\"format\": \"sakip-budget-dataset/1\", \"budgets\": ["
                + BUDGET.replace("\"ceiling\": 1000,", "\"ceiling\": 2000,").replace("DIPA 2035", "DIPA\\u00072035")
                + "], \"revenues\": [" + REVENUE.replace("\"target\": 1000", "\"target\": 1e20") + "]}";
        given().contentType(ContentType.JSON).body(dataset).post("/api/v1/budget-datasets")
                .then().statusCode(422).body("type", equalTo(INVALID_CONTENT))
                .body("errors.pointer", equalTo(java.util.List.of("/budgets/0/reference", "/revenues/0/target")));
        given().contentType(ContentType.JSON).body(dataset.replace("\\u0007", "\\u0000")).post("/api/v1/budget-datasets")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/budgets/0/reference"));
        assertEquals(before, stored("budgets"));
    }

    @Test
    void aWorkUnitQueryWithANulByteIsABadRequest() {
        given().queryParam("workUnit", "409011\u0000").queryParam("year", 2035).get("/api/v1/budgets")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/query/workUnit"));
        given().queryParam("workUnit", "x".repeat(51)).queryParam("year", 2035).get("/api/v1/revenues")
                .then().statusCode(400);
    }
}
