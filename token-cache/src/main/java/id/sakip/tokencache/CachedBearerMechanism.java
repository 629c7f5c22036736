package id.sakip.tokencache;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token that was verified before (and has not expired) from {@link VerifiedTokenCache};
 * refuses a token that is not shaped like a signed JWT ({@link MalformedTokenException}); any other request goes
 * on to the OIDC mechanism, which verifies the token and caches the identity.
 */
@ApplicationScoped
public class CachedBearerMechanism implements HttpAuthenticationMechanism {

    private static final String PREFIX = "Bearer ";

    private final VerifiedTokenCache cache;

    public CachedBearerMechanism(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.length() > PREFIX.length() && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            String token = header.substring(PREFIX.length()).trim();
            SecurityIdentity identity = cache.get(token);
            if (identity != null) {
                return Uni.createFrom().item(identity);
            }
            if (!isCompactJws(token)) {
                return Uni.createFrom().failure(new AuthenticationFailedException(MalformedTokenException.MESSAGE,
                        new MalformedTokenException()));
            }
        }
        return Uni.createFrom().nullItem();
    }

    /**
     * Whether a token is shaped like a signed JWT: three non-empty base64url parts separated by dots (RFC 7515,
     * compact serialization), the first a JSON object with an algorithm.
     */
    public static boolean isCompactJws(String token) {
        if (!hasThreeBase64UrlParts(token)) {
            return false;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8);
            return header.startsWith("{") && header.contains("\"alg\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasThreeBase64UrlParts(String token) {
        int dots = 0;
        int partLength = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (partLength == 0 || ++dots > 2) {
                    return false;
                }
                partLength = 0;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                partLength++;
            } else {
                return false;
            }
        }
        return dots == 2 && partLength > 0;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(Boolean.FALSE);
    }

    @Override
    public int getPriority() {
        // Ahead of ProblemChallengeMechanism and the OIDC mechanism.
        return DEFAULT_PRIORITY + 200;
    }
}
