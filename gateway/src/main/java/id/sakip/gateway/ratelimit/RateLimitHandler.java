package id.sakip.gateway.ratelimit;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.sakip.gateway.problem.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers 429 with Retry-After once a client address or a user (token subject) has used up its bucket. The
 * address limit runs before authentication (anonymous and bad-token floods are limited too), the user limit after.
 */
public class RateLimitHandler implements Handler<RoutingContext> {

    private final boolean enabled;
    private final RateLimiter perIp;
    private final RateLimiter perUser;
    private final Counter rejectedByIp;
    private final Counter rejectedByUser;

    /** @param perIp null when this handler does not limit addresses; {@code perUser} likewise */
    public RateLimitHandler(boolean enabled, RateLimiter perIp, RateLimiter perUser, MeterRegistry registry) {
        this.enabled = enabled;
        this.perIp = perIp;
        this.perUser = perUser;
        this.rejectedByIp = registry.counter("gateway.rate.limit.rejected", "limit", "ip");
        this.rejectedByUser = registry.counter("gateway.rate.limit.rejected", "limit", "user");
    }

    @Override
    public void handle(RoutingContext rc) {
        if (enabled) {
            if (perIp != null && perIp.enabled() && rc.request().remoteAddress() != null) {
                RateLimiter.Decision d = perIp.tryAcquire(rc.request().remoteAddress().host());
                if (!d.allowed()) {
                    rejectedByIp.increment();
                    reject(rc, d, "Too many requests from this client address");
                    return;
                }
            }
            String subject = perUser != null && perUser.enabled() ? subjectOf(rc) : null;
            if (subject != null) {
                RateLimiter.Decision d = perUser.tryAcquire(subject);
                if (!d.allowed()) {
                    rejectedByUser.increment();
                    reject(rc, d, "Too many requests for this user");
                    return;
                }
                rc.response().headers().set("X-RateLimit-Remaining", Long.toString(d.remaining()));
            }
        }
        rc.next();
    }

    private static void reject(RoutingContext rc, RateLimiter.Decision d, String what) {
        // The request body is not read; drain it so the connection stays usable.
        rc.request().resume();
        rc.response().headers().set(HttpHeaders.RETRY_AFTER, Long.toString(d.retryAfterSeconds()));
        Problems.send(rc, 429, "Too many requests",
                what + "; retry after " + d.retryAfterSeconds() + " s");
    }

    /** The token subject, or the principal name when a token has no {@code sub}; null when anonymous. */
    static String subjectOf(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity == null || identity.isAnonymous()) {
                return null;
            }
            Principal principal = identity.getPrincipal();
            if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
                return jwt.getSubject();
            }
            return principal.getName();
        }
        return null;
    }
}
