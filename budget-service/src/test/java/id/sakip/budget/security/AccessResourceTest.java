package id.sakip.budget.security;

import id.sakip.budget.Seed;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Object-level access by work unit (DOMAIN.md roles): own unit, other unit, regional above, roles that read all. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
class AccessResourceTest {

    private static final String[] READS = {"/api/v1/budgets", "/api/v1/revenues", "/api/v1/budget-scores"};

    @Inject
    TestIdentityAssociation identities;

    @BeforeEach
    void seed() {
        Seed.ensureImported(identities);
    }

    private static void reads(int status) {
        for (String path : READS) {
            given().queryParam("workUnit", "408103").queryParam("year", 2024).get(path)
                    .then().statusCode(status);
            given().queryParam("workUnit", "408103").queryParam("fromYear", 2021).queryParam("toYear", 2024).get(path)
                    .then().statusCode(status);
        }
    }

    @Test
    @TestSecurity(user = "operator-408103", roles = "operator", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void ownUnitReads() {
        reads(200);
    }

    @Test
    @TestSecurity(user = "operator-409011", roles = "operator", attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void anotherUnitIsForbidden() {
        reads(403);
        given().queryParam("workUnit", "408103").queryParam("year", 2024).get("/api/v1/budgets")
                .then().contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "head-409011", roles = "head", attributes = @SecurityAttribute(key = "work_unit", value = "409011"))
    void aHeadOfAnotherUnitIsForbidden() {
        reads(403);
    }

    @Test
    @TestSecurity(user = "regional-kepri", roles = "regional", attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-KEPRI"))
    void theRegionalOfficeAboveReads() {
        reads(200);
    }

    @Test
    @TestSecurity(user = "regional-djim", roles = "regional", attributes = @SecurityAttribute(key = "work_unit", value = "DJIM"))
    void theDirectorateGeneralTwoLevelsAboveReads() {
        reads(200);
    }

    @Test
    @TestSecurity(user = "regional-riau", roles = "regional", attributes = @SecurityAttribute(key = "work_unit", value = "KANWIL-RIAU"))
    void anotherRegionalOfficeIsForbidden() {
        reads(403);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void auditorsReadEverythingAndTheAuditTrail() {
        reads(200);
        given().get("/api/v1/audit-trail/budget").then().statusCode(200);
        given().queryParam("since", "2020-01-01T00:00:00Z").queryParam("limit", 5)
                .get("/api/v1/audit-trail/budget").then().statusCode(200);
        // A malformed instant is the caller's mistake, stated as such (not a 404 or an ignored filter).
        given().queryParam("since", "yesterday").get("/api/v1/audit-trail/budget").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("since"));
    }

    @Test
    @TestSecurity(user = "service-account-reporting-service", roles = "service")
    void theServiceRoleReadsButDoesNotWrite() {
        reads(200);
        given().get("/api/v1/score-schemes").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Seed.text()).post("/api/v1/budget-datasets").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/budgets/408103/2024").then().statusCode(403);
        given().get("/api/v1/audit-trail/budget").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "head-408103", roles = "head", attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void theHeadReadsButDoesNotChangeBudgets() {
        reads(200);
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/budgets/408103/2024").then().statusCode(403);
        given().get("/api/v1/audit-trail/budget").then().statusCode(403);
        given().put("/api/v1/budgets/locks/408103/2024").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "norole", roles = {}, attributes = @SecurityAttribute(key = "work_unit", value = "408103"))
    void aUserWithoutARoleIsForbidden() {
        reads(403);
        given().get("/api/v1/score-schemes").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        for (String path : READS) {
            given().queryParam("workUnit", "408103").queryParam("year", 2024).get(path)
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().get("/api/v1/score-schemes").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Seed.text()).post("/api/v1/budget-datasets").then().statusCode(401);
    }
}
