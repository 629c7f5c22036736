package id.sakip.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.localstack.LocalStack;
import id.sakip.localstack.Service;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tokens a client made or changed itself get 401, at the gateway and directly at each service (a service
 * must not rely on the gateway): a broken signature, a wrong issuer (signed by Keycloak under another
 * name, by another realm, or by a stranger), an expired token signed by Keycloak, {@code alg: none}, and a
 * {@code work_unit} claim changed or added by the client (original signature, re-signed with another key,
 * or unsigned). Each probe reads unit 409011's data, which the genuine token of planner-409011 may read, so
 * a 401 is the forgery's doing. A genuine token without the needed role gets 403.
 */
@ExtendWith(LocalStackExtension.class)
class ForgedTokenIT {

    private static final String UNIT = E2e.SECOND_UNIT;
    private static LocalStack stack;

    @BeforeAll
    static void data(LocalStack started) {
        stack = started;
        E2e.ensureSecondUnit(stack);
    }

    /** Where each probe goes: through the gateway and directly at the service, one read per service. */
    private static Map<String, String> places() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("indicators", "/api/v1/achievements?workUnit=" + UNIT + "&year=2024");
        paths.put("budget", "/api/v1/budgets?workUnit=" + UNIT + "&fromYear=2024&toYear=2024");
        paths.put("reporting", "/api/v1/reports?workUnit=" + UNIT + "&year=2024");
        Map<String, String> places = new LinkedHashMap<>();
        for (var e : paths.entrySet()) {
            places.put("gateway " + e.getValue(), stack.gatewayUrl() + e.getValue());
            Service service = Service.valueOf(e.getKey().toUpperCase());
            places.put(service.module() + " " + e.getValue(), stack.url(service) + e.getValue());
        }
        return places;
    }

    /** Sends {@code token} to every place and collects each answer that is not {@code expected}. */
    private static List<String> expect(String what, String token, int expected) {
        List<String> wrong = new ArrayList<>();
        for (var place : places().entrySet()) {
            Response r = E2e.send(() -> E2e.as(token).accept("application/json").get(place.getValue()));
            if (r.statusCode() != expected) {
                wrong.add(what + " at " + place.getKey() + ": expected " + expected + ", got " + E2e.describe(r));
            }
        }
        return wrong;
    }

    private static void assertAll(List<String> wrong) {
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers differ:\n  " + String.join("\n  ", wrong));
        }
    }

    private static String genuine() {
        return E2e.token(stack, "planner-409011");
    }

    @Test
    void theGenuineTokenGetsInEverywhere() {
        assertAll(expect("genuine token of planner-409011", genuine(), 200));
    }

    @Test
    void brokenSignatureIsUnauthorized() {
        assertAll(expect("flipped signature bit", Jwt.withBrokenSignature(genuine()), 401));
    }

    @Test
    void wrongIssuerIsUnauthorized() {
        List<String> wrong = new ArrayList<>();

        // signed by the realm's own key, but issued under another name of Keycloak
        String otherName = tokenAt(stack.tokenUrl().replace("localhost", "127.0.0.1"), "sakip-web", "planner-409011", "demo");
        assertNotEquals(stack.issuer(), Jwt.claims(otherName).getString("iss"), "precondition: another issuer");
        wrong.addAll(expect("Keycloak's signature, issuer " + Jwt.claims(otherName).getString("iss"), otherName, 401));

        // a real Keycloak token of another realm (master, admin-cli)
        String master = masterAdminToken();
        wrong.addAll(expect("token of realm master", master, 401));

        // the genuine claims with another issuer, signed by a key Keycloak never saw (with Keycloak's key id)
        ObjectNode claims = claims(genuine());
        claims.put("iss", stack.keycloakUrl() + "/realms/other");
        wrong.addAll(expect("issuer realms/other, stranger's signature", strangerSigned(genuine(), claims), 401));
        assertAll(wrong);
    }

    @Test
    void expiredTokenSignedByKeycloakIsUnauthorized() {
        String token = shortLivedToken();
        long exp = Jwt.claims(token).getLong("exp");
        assertTrue(exp - Jwt.claims(token).getLong("iat") <= 20, "precondition: a short-lived token");
        // while it lives it gets in (so it is the expiry that the services refuse, not the client)
        List<String> wrong = new ArrayList<>(expect("short-lived token before expiry", token, 200));

        long waitMillis = (exp + 3) * 1000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            E2e.sleep(waitMillis);
        }
        wrong.addAll(expect("the same token, expired " + (Instant.now().getEpochSecond() - exp) + " s ago", token, 401));
        assertAll(wrong);
    }

    @Test
    void unsignedTokenIsUnauthorized() {
        assertAll(expect("alg none with the genuine claims", Jwt.unsigned(Jwt.claimsJson(genuine())), 401));
    }

    @Test
    void workUnitChangedOrAddedByTheClientIsUnauthorized() {
        List<String> wrong = new ArrayList<>();
        String operator = E2e.token(stack, "operator-408103");
        ObjectNode changed = claims(operator);
        changed.put("work_unit", UNIT);
        wrong.addAll(expect("operator-408103 with work_unit changed to 409011, original signature",
                Jwt.withClaims(operator, changed.toString()), 401));
        wrong.addAll(expect("operator-408103 with work_unit 409011, re-signed by a stranger",
                strangerSigned(operator, changed), 401));
        wrong.addAll(expect("operator-408103 with work_unit 409011, unsigned", Jwt.unsigned(changed.toString()), 401));

        // a token without the claim (the service account of reporting-service) with one added
        String service = E2e.clientToken(stack, "reporting-service");
        ObjectNode added = claims(service);
        added.put("work_unit", UNIT);
        added.putObject("realm_access").putArray("roles").add("planner");
        wrong.addAll(expect("service token with work_unit 409011 and role planner added, original signature",
                Jwt.withClaims(service, added.toString()), 401));
        assertAll(wrong);
    }

    @Test
    void genuineTokenWithoutTheNeededRoleIsForbidden() {
        List<String> wrong = new ArrayList<>(expect("norole (no realm role)", E2e.token(stack, "norole"), 403));

        // a real operator on master-data and rule writes that only admin may do
        String operator = E2e.token(stack, "operator-409011");
        Map<String, String[]> adminOnly = new LinkedHashMap<>();
        adminOnly.put("PUT /api/v1/work-units/" + UNIT, new String[] {Service.INDICATORS.name(), "PUT",
                "/api/v1/work-units/" + UNIT, "{\"code\": \"409011\", \"name\": \"x\", \"type\": \"TECHNICAL_UNIT\", \"parent\": \"KANWIL-RIAU\"}"});
        adminOnly.put("POST /api/v1/score-schemes", new String[] {Service.BUDGET.name(), "POST",
                "/api/v1/score-schemes", "{\"code\": \"IKPA-E2E\", \"components\": []}"});
        adminOnly.put("POST /api/v1/validation-rules", new String[] {Service.REPORTING.name(), "POST",
                "/api/v1/validation-rules", "{\"code\": \"E2E\", \"left\": \"1\", \"operator\": \"EQ\", \"right\": \"1\"}"});
        for (var e : adminOnly.entrySet()) {
            String[] call = e.getValue();
            for (String base : List.of(stack.gatewayUrl(), stack.url(Service.valueOf(call[0])))) {
                Response r = E2e.send(() -> E2e.as(operator).contentType("application/json").accept("application/json")
                        .header("If-Match", E2e.STALE_ETAG).body(call[3]).request(call[1], base + call[2]));
                if (r.statusCode() != 403) {
                    wrong.add("operator-409011 " + e.getKey() + " at " + base + ": expected 403, got " + E2e.describe(r));
                }
            }
        }
        assertAll(wrong);
    }

    // ---- tokens ----

    private static ObjectNode claims(String token) {
        return (ObjectNode) E2e.json(Jwt.claimsJson(token));
    }

    private static String strangerSigned(String original, ObjectNode claims) {
        String kid = Jwt.header(original).getString("kid");
        return Jwt.signedByStranger("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}", claims.toString());
    }

    private static String tokenAt(String tokenUrl, String clientId, String username, String password) {
        Response r = given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", password).post(tokenUrl);
        assertEquals(200, r.statusCode(), () -> "token from " + tokenUrl + ": " + r.asString());
        return r.jsonPath().getString("access_token");
    }

    private static String masterAdminToken() {
        // the bootstrap administrator of the test Keycloak (local-stack: admin / admin, demo only)
        return tokenAt(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token", "admin-cli", "admin", "admin");
    }

    /**
     * A genuine token of planner-409011 that expires 10 s after it is issued: from a public client of the
     * realm with that access-token lifespan (created here through Keycloak's admin API if missing), with the
     * same mappers as {@code sakip-web} ({@code work_unit}, audience {@code sakip-api}).
     */
    private static String shortLivedToken() {
        String clientId = "e2e-short-lived";
        String client = """
                {"clientId": "%s", "enabled": true, "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "10"},
                 "protocolMappers": [
                   {"name": "work_unit", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
                    "config": {"user.attribute": "work_unit", "claim.name": "work_unit", "jsonType.label": "String",
                               "access.token.claim": "true", "id.token.claim": "true"}},
                   {"name": "audience sakip-api", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                    "config": {"included.custom.audience": "sakip-api", "access.token.claim": "true"}}]}
                """.formatted(clientId);
        Response created = given().auth().oauth2(masterAdminToken()).contentType("application/json").body(client)
                .post(stack.keycloakUrl() + "/admin/realms/sakip/clients");
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409,
                () -> "creating client " + clientId + ": " + created.statusCode() + " " + created.asString());
        return tokenAt(stack.tokenUrl(), clientId, "planner-409011", "demo");
    }
}
