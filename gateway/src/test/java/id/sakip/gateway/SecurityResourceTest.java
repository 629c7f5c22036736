package id.sakip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import id.sakip.gateway.support.TestEnvironment;
import id.sakip.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Token validation and the coarse role policy of the gateway, with problem bodies for 401 and 403. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class SecurityResourceTest {

    @Test
    void noTokenGives401WithAProblemAndAChallenge() {
        given().when().get("/api/v1/achievements?workUnit=408103&year=2024")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("https://sakip.example.id/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", equalTo("A valid bearer token is required"))
                .body("instance", equalTo("/api/v1/achievements"));
    }

    @Test
    void anUnknownApiPathNeedsATokenToo() {
        given().when().get("/api/v2/nothing").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenWithABadSignatureGives401WithAProblem() {
        String token = Tokens.bearer("operator-1", "operator");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().header("Authorization", tampered)
                .when().get("/api/v1/budgets")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/budgets"));
    }

    @Test
    void garbageInsteadOfATokenGives401WithAProblem() {
        given().header("Authorization", "Bearer not-a-jwt")
                .when().post("/api/v1/reports")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aUserWithoutASakipRoleGets403WithAProblem() {
        given().header("Authorization", Tokens.bearer("norole", "offline_access"))
                .when().get("/api/v1/work-units")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sakip.example.id/problems/forbidden"))
                .body("title", equalTo("Forbidden"))
                .body("status", equalTo(403))
                .body("instance", equalTo("/api/v1/work-units"));
    }

    @Test
    void theAuditTrailIsForAuditorsAndAdmins() {
        given().header("Authorization", Tokens.bearer("operator-1", "operator"))
                .when().get("/api/v1/audit-trail/budget")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("auditor-1", "auditor"))
                .when().get("/api/v1/audit-trail/budget")
                .then().statusCode(200).body("service", equalTo("budget"));
        given().header("Authorization", Tokens.bearer("admin-1", "admin"))
                .when().get("/api/v1/audit-trail/reports")
                .then().statusCode(200).body("service", equalTo("reporting"));
    }

    @Test
    void anAuditorReadsButDoesNotWrite() {
        given().header("Authorization", Tokens.bearer("auditor-1", "auditor"))
                .when().get("/api/v1/reports/1")
                .then().statusCode(200);
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            given().header("Authorization", Tokens.bearer("auditor-1", "auditor"))
                    .when().request(method, "/api/v1/reports/1")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", Tokens.bearer("head-1", "head"))
                .when().post("/api/v1/reports/1/approval")
                .then().statusCode(200).body("method", equalTo("POST"));
    }

    @Test
    void aServiceAccountPassesTheGateway() {
        given().header("Authorization", Tokens.bearer("service-account-reporting-service", "service"))
                .when().put("/api/v1/work-units/408103/locks/2024")
                .then().statusCode(200).body("service", equalTo("indicators"));
    }

    @Test
    void healthOpenapiAndSwaggerUiArePublic() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/openapi/reporting").then().statusCode(200);
    }
}
