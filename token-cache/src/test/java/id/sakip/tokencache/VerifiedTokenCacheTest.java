package id.sakip.tokencache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
@QuarkusTestResource(SigningKey.class)
class VerifiedTokenCacheTest {

    @Inject
    VerificationCounter counter;

    private static String token(String subject, Instant expiresAt, String... roles) {
        return Jwt.issuer("https://issuer.test/realms/sakip")
                .subject(subject)
                .upn(subject)
                .claim("work_unit", "408103")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresAt(expiresAt)
                .sign();
    }

    private static String token(String subject, String... roles) {
        return token(subject, Instant.now().plusSeconds(600), roles);
    }

    private static String whoAmI(String token, int status) {
        return given().auth().oauth2(token).when().get("/whoami").then().statusCode(status).extract().asString();
    }

    @Test
    void aTokenIsVerifiedOnceAndTheCachedIdentityIsTheSame() {
        String token = token("planner-1", "reader", "planner");
        int before = counter.verified();

        String first = whoAmI(token, 200);
        assertEquals(before + 1, counter.verified());
        String second = whoAmI(token, 200);
        String third = whoAmI(token, 200);

        assertEquals(before + 1, counter.verified(), "the second and third request must not verify the token again");
        assertEquals("planner-1 roles=[planner, reader] unit=408103 token=true", first);
        assertEquals(first, second);
        assertEquals(first, third);
    }

    @Test
    void everyDistinctTokenIsVerifiedEvenForTheSameUser() {
        int before = counter.verified();
        whoAmI(token("same-user", "reader"), 200);
        whoAmI(token("same-user", Instant.now().plusSeconds(300), "reader"), 200);
        assertEquals(before + 2, counter.verified());
    }

    @Test
    void aTamperedCopyOfACachedTokenIsRejected() {
        String token = token("auditor-1", "reader");
        whoAmI(token, 200);
        String[] parts = token.split("\\.");
        // Same header and signature, a payload that claims other roles: must not match the cached entry.
        String forged = parts[0] + "." + token("auditor-1", "reader", "admin").split("\\.")[1] + "." + parts[2];
        int before = counter.verified();

        given().auth().oauth2(forged).when().get("/whoami").then().statusCode(401);
        assertEquals(before, counter.verified());
        whoAmI(token, 200);
    }

    @Test
    void aCachedIdentityKeepsItsRoles() {
        String token = token("operator-1", "operator");
        given().auth().oauth2(token).when().get("/whoami").then().statusCode(403);
        given().auth().oauth2(token).when().get("/whoami").then().statusCode(403);
        given().when().get("/whoami").then().statusCode(401);
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = token("short-lived", expiry, "reader");
        given().auth().oauth2(token).when().get("/whoami").then().statusCode(200)
                .body(equalTo("short-lived roles=[reader] unit=408103 token=true"));

        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 1_500);

        given().auth().oauth2(token).when().get("/whoami").then().statusCode(401);
    }

    @Test
    void aMalformedTokenIsRefusedWithoutVerification() {
        int before = counter.verified();
        for (String malformed : new String[] {"..", ".", "...", "a.b", "%%%.$$$.!!!", "e30.e30.c2ln", "x.y.z"}) {
            given().header("Authorization", "Bearer " + malformed).when().get("/whoami").then().statusCode(401);
        }
        assertEquals(before, counter.verified());
        whoAmI(token("after-malformed", "reader"), 200);
    }
}
