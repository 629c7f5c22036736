package id.sakip.indicators.realization;

import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Realization entry and workflow on 2025 (the seed has no 2025 realization, so 2024's figures stay intact):
 * validation, If-Match, the head's verification, access and locks.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class RealizationResourceTest {

    private static final String OPERATOR = "operator-408103";

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private static String body(String indicator, String period, String figures) {
        return "{\"workUnit\":\"408103\",\"year\":2025,\"indicator\":\"" + indicator + "\",\"period\":\"" + period
                + "\"," + figures + "}";
    }

    private static int count2025() {
        return given().queryParam("workUnit", "408103").queryParam("year", 2025).when().get("/api/v1/realizations")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static Response create(String json) {
        return given().contentType("application/json").body(json).when().post("/api/v1/realizations");
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void badFiguresAreRejectedWithProblemsAndNothingIsStored() {
        int before = count2025();
        create(body("IKK-9.9", "Q1", "\"numerator\":1,\"denominator\":1")).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("/indicator"));
        create(body("IKK-1.2", "Q1", "\"numerator\":-2,\"denominator\":5")).then().statusCode(422)
                .body("errors[0].pointer", equalTo("/numerator"));
        create(body("IKK-1.2", "Q1", "\"numerator\":2")).then().statusCode(422)
                .body("errors[0].pointer", equalTo("/denominator"));
        create(body("IKK-1.2", "Q1", "\"numerator\":2,\"denominator\":0")).then().statusCode(422)
                .body("errors[0].pointer", equalTo("/denominator"));
        create(body("IKK-3.2", "Q1", "\"numerator\":2,\"denominator\":3")).then().statusCode(422);
        create(body("IKK-3.2", "Q1", "\"value\":4.5")).then().statusCode(422)
                .body("errors[0].message", containsString("scale"));
        create(body("IKK-1.2", "Q5", "\"numerator\":1,\"denominator\":1")).then().statusCode(422)
                .body("errors[0].pointer", equalTo("/period"));
        given().contentType("application/json").body("{\"workUnit\": \"408103\", \"year\": ")
                .when().post("/api/v1/realizations").then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, count2025());
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void fullYearAndQuartersAreNeverMixed() {
        create(body("IKK-2.1", "FY", "\"numerator\":100,\"denominator\":100")).then().statusCode(201)
                .body("status", equalTo("DRAFT"));
        int before = count2025();
        create(body("IKK-2.1", "Q1", "\"numerator\":10,\"denominator\":10")).then().statusCode(409)
                .body("detail", containsString("must not be mixed"));
        create(body("IKK-2.1", "FY", "\"numerator\":1,\"denominator\":1")).then().statusCode(409);
        assertEquals(before, count2025());
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void updatesNeedIfMatchAndStaleOnesGet412() {
        Response created = create(body("IKK-1.2", "Q1", "\"numerator\":4,\"denominator\":5"));
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        String etag = created.getHeader("ETag");
        String change = "{\"numerator\":5,\"denominator\":5,\"note\":\"corrected\"}";
        given().contentType("application/json").body(change).when().put("/api/v1/realizations/" + id)
                .then().statusCode(428);
        Response updated = given().contentType("application/json").body(change).header("If-Match", etag)
                .when().put("/api/v1/realizations/" + id);
        updated.then().statusCode(200).body("numerator", equalTo(5)).body("note", equalTo("corrected"));
        // A second writer with the old ETag loses: no lost update.
        given().contentType("application/json").body("{\"numerator\":1,\"denominator\":5}").header("If-Match", etag)
                .when().put("/api/v1/realizations/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        given().when().get("/api/v1/realizations/" + id).then().statusCode(200).body("numerator", equalTo(5))
                .header("ETag", updated.getHeader("ETag"));
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void workflowFromDraftToVerifiedAndBack() {
        Response created = create(body("IKK-1.1", "Q1", "\"numerator\":0,\"denominator\":0"));
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        given().when().post("/api/v1/realizations/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        // The operator cannot verify; editing a submitted entry is a conflict.
        given().when().post("/api/v1/realizations/" + id + "/verify").then().statusCode(403);
        String etag = given().when().get("/api/v1/realizations/" + id).getHeader("ETag");
        given().contentType("application/json").body("{\"numerator\":1,\"denominator\":1}").header("If-Match", etag)
                .when().put("/api/v1/realizations/" + id).then().statusCode(409);

        TestData.as(identities, TestData.identity("head-408103", "head", "408103"), () -> {
            given().contentType("application/json").body("{\"reason\":\"\"}")
                    .when().post("/api/v1/realizations/" + id + "/return").then().statusCode(400);
            given().contentType("application/json").body("{\"reason\":\"evidence missing\"}")
                    .when().post("/api/v1/realizations/" + id + "/return").then().statusCode(200)
                    .body("status", equalTo("RETURNED")).body("returnReason", equalTo("evidence missing"));
        });
        given().when().post("/api/v1/realizations/" + id + "/submit").then().statusCode(200);
        TestData.as(identities, TestData.identity("head-408103", "head", "408103"), () ->
                given().when().post("/api/v1/realizations/" + id + "/verify").then().statusCode(200)
                        .body("status", equalTo("VERIFIED")));
        TestData.as(identities, TestData.identity("head-409011", "head", "409011"), () ->
                given().contentType("application/json").body("{\"reason\":\"not yours\"}")
                        .when().post("/api/v1/realizations/" + id + "/return").then().statusCode(403));
    }

    @Test
    @TestSecurity(user = "operator-409011", roles = "operator",
            attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void operatorCannotReadOrWriteAnotherUnit() {
        int before = TestDataCounts.count(identities);
        create(body("IKK-1.2", "Q2", "\"numerator\":1,\"denominator\":1")).then().statusCode(403)
                .contentType("application/problem+json");
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/realizations")
                .then().statusCode(403);
        assertEquals(before, TestDataCounts.count(identities));
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = "operator", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void aLockedUnitYearRefusesChangesUntilUnlocked() {
        TestData.as(identities, TestData.identity("reporting-service", "service", null), () ->
                given().when().put("/api/v1/work-units/408103/locks/2025").then().statusCode(201));
        int before = count2025();
        create(body("IKK-3.1", "Q1", "\"numerator\":1,\"denominator\":1")).then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Locked"));
        assertEquals(before, count2025());
        TestData.as(identities, TestData.identity("reporting-service", "service", null), () ->
                given().when().delete("/api/v1/work-units/408103/locks/2025").then().statusCode(204));
        create(body("IKK-3.1", "Q1", "\"numerator\":1,\"denominator\":1")).then().statusCode(201);
    }

    /** Counts 408103's 2025 rows as an auditor, for tests whose caller may not read them. */
    static final class TestDataCounts {
        static int count(TestIdentityAssociation identities) {
            int[] n = new int[1];
            TestData.as(identities, TestData.identity("auditor", "auditor", null), () -> n[0] = count2025());
            return n[0];
        }
    }
}
