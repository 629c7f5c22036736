package id.sakip.indicators.dataset;

import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A section added by another package ({@link NotesSection}) gets the orchestrator's services: access by unit, the
 * unit-year lock, one 422 with every section's problems, change stamps and summary counts.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class DatasetSectionTest {

    @Inject
    TestIdentityAssociation identities;

    @Inject
    NotesSection notes;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    private static String file(String unit, int year, String text) {
        return """
                {"format": "sakip-performance-dataset/1",
                 "testNotes": [{"workUnit": "%s", "year": %d, "text": "%s"}]}""".formatted(unit, year, text);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAddedSectionIsImportedCountedStampedAndLocked() {
        JsonPath summary = JsonPath.from(given().contentType("application/json").body(file("409011", 2033, "a"))
                .when().post("/api/v1/indicator-datasets").then().statusCode(200).extract().asString());
        assertEquals(1, summary.getInt("entities.testNotes.created"));
        assertEquals("a", notes.note("409011/2033"));
        given().contentType("application/json").body(file("409011", 2033, "a"))
                .when().post("/api/v1/indicator-datasets").then().statusCode(200)
                .body("entities.testNotes.unchanged", equalTo(1));
        given().queryParam("workUnit", "409011").queryParam("year", 2033).when().get("/api/v1/achievements")
                .then().statusCode(200).body("updatedAt", org.hamcrest.Matchers.notNullValue());

        given().when().put("/api/v1/work-units/409011/locks/2033").then().statusCode(201);
        given().contentType("application/json").body(file("409011", 2033, "b"))
                .when().post("/api/v1/indicator-datasets").then().statusCode(409);
        // (The import's database writes roll back; this section's memory does not, so it is not asserted here.)
        given().when().delete("/api/v1/work-units/409011/locks/2033").then().statusCode(204);

        given().contentType("application/json").body(file("NO-SUCH-UNIT", 2033, "c"))
                .when().post("/api/v1/indicator-datasets").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/testNotes/0/workUnit"));
    }

    @Test
    @TestSecurity(user = "planner-tpi", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void anAddedSectionNeedsPlanningRightsForItsUnits() {
        given().contentType("application/json").body(file("409011", 2033, "x"))
                .when().post("/api/v1/indicator-datasets").then().statusCode(403);
    }
}
