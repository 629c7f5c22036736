package id.sakip.tokencache;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token that was verified before (and has not expired) from {@link VerifiedTokenCache};
 * any other request goes on to the OIDC mechanism, which verifies the token and caches the identity.
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
            SecurityIdentity identity = cache.get(header.substring(PREFIX.length()).trim());
            if (identity != null) {
                return Uni.createFrom().item(identity);
            }
        }
        return Uni.createFrom().nullItem();
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
