package id.sakip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import id.sakip.gateway.support.TestEnvironment;
import id.sakip.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** Malformed tokens, unknown paths in any case: problem answers, never a 5xx or an HTML page. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class EdgeCasesResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ..", "Bearer .", "Bearer ...", "Bearer a.b", "Bearer a.b.c", "Bearer %%%.$$$.!!!",
            "Bearer ..........", "Bearer e30.e30.c2ln"})
    void aMalformedTokenIs401InvalidTokenOnEveryPath(String authorization) {
        for (String path : List.of("/q/health", "/q/health/ready", "/api/v1/work-units", "/api/v1/reports/1",
                "/openapi/budget", "/nothing-here")) {
            given().header("Authorization", authorization).when().get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                    .header("WWW-Authenticate", containsString("error_description=\"The token is malformed"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void anExpiredTokenIsToldApartFromAMalformedOne() {
        String expired = "Bearer " + Jwt.issuer(Tokens.ISSUER).subject("operator-1")
                .claim("realm_access", Map.of("roles", List.of("operator")))
                .issuedAt(System.currentTimeMillis() / 1000 - 3600)
                .expiresAt(System.currentTimeMillis() / 1000 - 600)
                .sign();
        given().header("Authorization", expired).when().get("/api/v1/work-units")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .header("WWW-Authenticate", containsString("error_description=\"The token has expired\""))
                .body("detail", containsString("expired"));
    }

    @Test
    void aBadSignatureIsAnInvalidToken() {
        String token = Tokens.bearer("operator-1", "operator");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().header("Authorization", tampered).when().get("/api/v1/work-units")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/API/v1/work-units", "/Api/v1/budgets", "/API", "/unknown", "/Q/health"})
    void anUnknownPathInAnyCaseIsAProblem404(String path) {
        given().when().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo(path));
    }

    @Test
    void aValidTokenStillPasses() {
        given().header("Authorization", Tokens.bearer("operator-1", "operator"))
                .when().get("/api/v1/work-units").then().statusCode(200)
                .header("Cache-Control", "no-store");
        given().when().get("/q/health/live").then().statusCode(200);
    }

}
