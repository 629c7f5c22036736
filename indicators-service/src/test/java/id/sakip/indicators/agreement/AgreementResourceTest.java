package id.sakip.indicators.agreement;

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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Agreement drafts by planners, signing by heads, targets only for the plan's indicators (on 409011, 2024). */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class AgreementResourceTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private static int revisions() {
        return given().queryParam("workUnit", "409011").queryParam("year", 2023).when().get("/api/v1/agreements")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static final String DRAFT = "{\"workUnit\":\"409011\",\"year\":2023,\"place\":\"Pekanbaru\","
            + "\"targets\":[{\"indicator\":\"%s\",\"target\":90}],"
            + "\"budget\":[{\"program\":\"Program Dukungan Manajemen\",\"amount\":1000}]}";

    @Test
    @TestSecurity(user = "planner-409011", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void plannerDraftsAndHeadSigns() {
        int before = revisions();
        given().contentType("application/json").body(DRAFT.formatted("IKK-7.7")).when().post("/api/v1/agreements")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/targets/0/indicator"));
        assertEquals(before, revisions());

        Response draft = given().contentType("application/json").body(DRAFT.formatted("IKK-1.2"))
                .when().post("/api/v1/agreements");
        draft.then().statusCode(201).body("status", equalTo("DRAFT")).body("plan", equalTo("RENSTRA-DJIM-2020-2024"))
                .body("revision", equalTo(before + 1)).body("budgetTotal", equalTo(1000));
        long id = draft.jsonPath().getLong("id");
        given().contentType("application/json").body(DRAFT.formatted("IKK-1.2")).when()
                .put("/api/v1/agreements/" + id).then().statusCode(428);
        // The planner cannot sign.
        given().when().post("/api/v1/agreements/" + id + "/sign").then().statusCode(403);
        TestData.as(identities, TestData.identity("head-409011", "head", "409011"), () ->
                given().queryParam("signedOn", "2023-01-20").when().post("/api/v1/agreements/" + id + "/sign")
                        .then().statusCode(200).body("status", equalTo("SIGNED")).body("inForce", equalTo(true))
                        .body("signedOn", equalTo("2023-01-20")));
        String etag = given().when().get("/api/v1/agreements/" + id).getHeader("ETag");
        given().contentType("application/json").body(DRAFT.formatted("IKK-1.2")).header("If-Match", etag)
                .when().put("/api/v1/agreements/" + id).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void plannerOfAnotherUnitIsForbidden() {
        given().contentType("application/json").body(DRAFT.formatted("IKK-1.2")).when().post("/api/v1/agreements")
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("workUnit", "409011").queryParam("year", 2024).when().get("/api/v1/agreements")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "reporting-service", roles = "service")
    void serviceReadsAgreementsButCannotWrite() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/agreements")
                .then().statusCode(200).body("size()", equalTo(2));
        given().contentType("application/json").body(DRAFT.formatted("IKK-1.2")).when().post("/api/v1/agreements")
                .then().statusCode(403);
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/realizations")
                .then().statusCode(403);
    }
}
