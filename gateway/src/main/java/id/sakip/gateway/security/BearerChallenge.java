package id.sakip.gateway.security;

import org.jose4j.jwt.consumer.InvalidJwtException;

import id.sakip.gateway.problem.Problems;
import id.sakip.tokencache.CachedBearerMechanism;
import id.sakip.tokencache.MalformedTokenException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's 401 answer: {@code WWW-Authenticate: Bearer} when no token was sent; with a token,
 * {@code Bearer error="invalid_token", error_description="..."} (RFC 6750, section 3) telling a malformed and an
 * expired token apart from the rest; a problem-details body either way.
 */
public final class BearerChallenge {

    static final String NO_TOKEN = "A valid bearer token is required";
    static final String EXPIRED = "The token has expired";
    static final String INVALID = "The token is not valid (signature, issuer, audience or claims)";

    private BearerChallenge() {
    }

    /** Ends the exchange with 401; {@code failure} is why authentication failed, when known. */
    public static void send(RoutingContext rc, Throwable failure) {
        String token = bearerToken(rc);
        if (token == null) {
            rc.response().headers().set(HttpHeaderNames.WWW_AUTHENTICATE, ProblemChallengeMechanism.BEARER);
            Problems.send(rc, 401, "Unauthorized", NO_TOKEN);
            return;
        }
        String why = whyInvalid(token, failure);
        rc.response().headers().set(HttpHeaderNames.WWW_AUTHENTICATE,
                "Bearer error=\"invalid_token\", error_description=\"" + why + "\"");
        Problems.send(rc, 401, "Unauthorized", why + "; a valid bearer token is required");
    }

    static String whyInvalid(String token, Throwable failure) {
        if (!CachedBearerMechanism.isCompactJws(token)) {
            return MalformedTokenException.MESSAGE;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException jwt && jwt.hasExpired()) {
                return EXPIRED;
            }
        }
        return INVALID;
    }

    private static String bearerToken(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
