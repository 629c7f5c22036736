package id.sakip.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens shaped like Keycloak's (realm roles in {@code realm_access.roles}), signed by the test key. */
public final class Tokens {

    public static final String ISSUER = "https://issuer.test/realms/sakip";

    private Tokens() {
    }

    public static String bearer(String subject, String... roles) {
        return "Bearer " + Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(10))
                .sign();
    }
}
