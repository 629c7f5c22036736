package id.sakip.e2e;

import id.sakip.localstack.LocalStack;
import id.sakip.localstack.Service;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * Tokens that must not get in: none, malformed, tampered, expired, unsigned, and a user without a
 * role. Through the gateway for every service, and at each service itself.
 */
@ExtendWith(LocalStackExtension.class)
class SecurityIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    private static LocalStack stack;
    private static String adminToken;

    @BeforeAll
    static void stack(LocalStack started) {
        stack = started;
        adminToken = stack.token("admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/work-units/408103", "/api/v1/score-schemes", "/api/v1/validation-rules"})
    void noTokenIsUnauthorizedWithProblemDetails(String path) {
        given().accept("application/json")
                .when().get(stack.gatewayUrl() + path)
                .then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON))
                .body("status", is(401));
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
            "INDICATORS, /api/v1/work-units/408103",
            "BUDGET,     /api/v1/score-schemes",
            "REPORTING,  /api/v1/validation-rules",
    })
    void eachServiceRejectsARequestWithoutToken(Service service, String path) {
        given().accept("application/json")
                .when().get(stack.url(service) + path)
                .then().statusCode(401)
                .contentType(startsWith(PROBLEM_JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/work-units/408103", "/api/v1/score-schemes", "/api/v1/validation-rules"})
    void malformedTokenIsUnauthorized(String path) {
        given().auth().oauth2("this-is-not-a-jwt")
                .when().get(stack.gatewayUrl() + path)
                .then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/work-units/408103", "/api/v1/score-schemes", "/api/v1/validation-rules"})
    void tamperedSignatureIsUnauthorized(String path) {
        given().auth().oauth2(Jwt.withBrokenSignature(adminToken))
                .when().get(stack.gatewayUrl() + path)
                .then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/work-units/408103", "/api/v1/score-schemes", "/api/v1/validation-rules"})
    void expiredTokenSignedByAnotherKeyIsUnauthorized(String path) {
        given().auth().oauth2(expiredAdminTokenFromStranger())
                .when().get(stack.gatewayUrl() + path)
                .then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
            "INDICATORS, /api/v1/work-units/408103",
            "BUDGET,     /api/v1/score-schemes",
            "REPORTING,  /api/v1/validation-rules",
    })
    void eachServiceRejectsForgedTokens(Service service, String path) {
        for (String forged : new String[] {Jwt.withBrokenSignature(adminToken), expiredAdminTokenFromStranger(),
                Jwt.unsigned(adminClaims(Instant.now().plusSeconds(300)))}) {
            given().auth().oauth2(forged)
                    .when().get(stack.url(service) + path)
                    .then().statusCode(401);
        }
    }

    @Test
    void unsignedTokenIsUnauthorized() {
        given().auth().oauth2(Jwt.unsigned(adminClaims(Instant.now().plusSeconds(300))))
                .when().get(stack.gatewayUrl() + "/api/v1/work-units/408103")
                .then().statusCode(401);
    }

    @Test
    void userWithoutRoleIsForbidden() {
        given().auth().oauth2(stack.token("norole"))
                .when().get(stack.gatewayUrl() + "/api/v1/work-units/408103")
                .then().statusCode(403)
                .contentType(startsWith(PROBLEM_JSON));
    }

    @Test
    void validTokenGetsIn() {
        given().auth().oauth2(adminToken)
                .when().get(stack.gatewayUrl() + "/api/v1/work-units/408103")
                .then().statusCode(200);
    }

    /** Claims of a real admin token, expired an hour ago, signed by a key Keycloak never saw (with Keycloak's key id). */
    private static String expiredAdminTokenFromStranger() {
        String kid = Jwt.header(adminToken).getString("kid");
        return Jwt.signedByStranger("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}",
                adminClaims(Instant.now().minusSeconds(3600)));
    }

    private static String adminClaims(Instant expires) {
        JsonPath real = Jwt.claims(adminToken);
        return "{\"exp\":" + expires.getEpochSecond()
                + ",\"iat\":" + expires.minusSeconds(300).getEpochSecond()
                + ",\"iss\":\"" + stack.issuer() + "\""
                + ",\"aud\":\"sakip-api\""
                + ",\"sub\":\"" + real.getString("sub") + "\""
                + ",\"typ\":\"Bearer\",\"azp\":\"sakip-web\""
                + ",\"preferred_username\":\"admin\""
                + ",\"realm_access\":{\"roles\":[\"admin\"]}}";
    }
}
