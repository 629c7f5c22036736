package id.sakip.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends the 401 challenge for requests that carry no token or a malformed one, with a problem-details body
 * ({@link BearerChallenge}).
 * <p>
 * It never authenticates anybody (the OIDC bearer mechanism does that); it only takes part in the
 * challenge, which Quarkus otherwise ends with an empty body. A request with a bad token is challenged
 * by the OIDC mechanism and then reaches {@code ProblemFailureHandler}.
 */
@ApplicationScoped
public class ProblemChallengeMechanism implements HttpAuthenticationMechanism {

    static final String BEARER = "Bearer";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, BEARER));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        BearerChallenge.send(context, null);
        return Uni.createFrom().item(Boolean.TRUE);
    }

    @Override
    public int getPriority() {
        // Ahead of the OIDC mechanism (1001) so that this one answers challenges for anonymous requests.
        return DEFAULT_PRIORITY + 100;
    }
}
