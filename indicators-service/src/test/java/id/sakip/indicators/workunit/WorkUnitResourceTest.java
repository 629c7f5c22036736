package id.sakip.indicators.workunit;

import id.sakip.indicators.support.TestData;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The unit hierarchy with its history, master-data access, locks and the audit endpoint. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class WorkUnitResourceTest {

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void load() {
        TestData.ensureLoaded(identities);
    }

    @Test
    @TestSecurity(user = "budget-service", roles = "service")
    void ancestorsFollowTheParentHistory() {
        given().queryParam("date", "2024-06-30").when().get("/api/v1/work-units/408103/ancestors")
                .then().statusCode(200).body("", equalTo(List.of("KANWIL-KEPRI", "DJIM", "KEMENKUMHAM")));
        given().queryParam("date", "2025-03-01").when().get("/api/v1/work-units/408103/ancestors")
                .then().statusCode(200).body("", equalTo(List.of("KANWIL-DJIM-KEPRI", "DJIM-2025", "KEMENIMIPAS")));
        given().when().get("/api/v1/work-units/NOPE/ancestors").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "regional-kepri", roles = "regional",
            attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-KEPRI"))
    void unitsBelowAParentOnADate() {
        given().queryParam("parent", "KANWIL-KEPRI").queryParam("date", "2024-12-31").when().get("/api/v1/work-units")
                .then().statusCode(200).body("code", hasItem("408103")).body("code", not(hasItem("409011")));
        given().queryParam("parent", "DJIM").queryParam("date", "2024-12-31").when().get("/api/v1/work-units")
                .then().statusCode(200).body("code", hasItem("409011")).body("code", hasItem("KANWIL-KEPRI"));
        given().queryParam("parent", "KANWIL-KEPRI").queryParam("date", "2025-01-01").when().get("/api/v1/work-units")
                .then().statusCode(200).body("code", not(hasItem("408103")));
        given().when().get("/api/v1/work-units/408103").then().statusCode(200)
                .body("email", equalTo("kanim_tgpinang@imigrasi.go.id")).body("parentHistory.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "planner-408103", roles = "planner",
            attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void onlyAdminsWriteMasterDataAndOnlyServicesLock() {
        given().contentType("application/json").body("{\"name\":\"x\",\"type\":\"TECHNICAL_UNIT\"}")
                .when().put("/api/v1/work-units/123456").then().statusCode(403);
        given().when().put("/api/v1/work-units/408103/locks/2024").then().statusCode(403);
        given().when().get("/api/v1/audit-trail/indicators").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminUpdatesAUnitWithIfMatch() {
        String body = "{\"name\":\"Kantor Imigrasi Kelas II TPI Dabo Singkep\",\"type\":\"TECHNICAL_UNIT\","
                + "\"parent\":\"KANWIL-KEPRI\"}";
        given().contentType("application/json").body(body).when().put("/api/v1/work-units/408105")
                .then().statusCode(201);
        given().contentType("application/json").body(body).when().put("/api/v1/work-units/408105")
                .then().statusCode(428);
        String etag = given().when().get("/api/v1/work-units/408105").getHeader("ETag");
        given().contentType("application/json").body(body.replace("Kelas II", "Kelas I")).header("If-Match", etag)
                .when().put("/api/v1/work-units/408105").then().statusCode(200)
                .body("name", equalTo("Kantor Imigrasi Kelas I TPI Dabo Singkep"));
        given().contentType("application/json").body(body).header("If-Match", etag)
                .when().put("/api/v1/work-units/408105").then().statusCode(412);
        given().queryParam("entity", "WorkUnit").queryParam("key", "408105").when()
                .get("/api/v1/audit-trail/indicators").then().statusCode(200)
                .body("[0].action", equalTo("UPDATE")).body("[0].username", equalTo("admin"))
                .body("[0].before.name", equalTo("Kantor Imigrasi Kelas II TPI Dabo Singkep"));
    }

    @Test
    @TestSecurity(user = "regional-riau", roles = "regional",
            attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-RIAU"))
    void registersFollowTheSameUnitRules() {
        given().queryParam("workUnit", "408103").queryParam("year", 2024).when().get("/api/v1/registers")
                .then().statusCode(403);
        given().queryParam("workUnit", "409011").queryParam("year", 2024).when().get("/api/v1/registers")
                .then().statusCode(200);
    }
}
