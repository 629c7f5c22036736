package id.sakip.tokencache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Identities of bearer tokens the OIDC mechanism has already verified, by the exact token text, until the
 * token expires (at most {@link #MAX_AGE}). Verifying a signature and building the identity was most of the
 * CPU of a cached answer, in the gateway and in the services alike; a client sends the same token many times.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final long MAX_ENTRIES = 10_000;

    private record Entry(SecurityIdentity identity, long expiresAtNanos) {
    }

    private final Cache<String, Entry> cache = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            // Maintenance on the calling (event-loop) thread: the default pool would wake another thread every few reads.
            .executor(Runnable::run)
            .expireAfter(new Expiry<String, Entry>() {
                @Override
                public long expireAfterCreate(String key, Entry value, long currentTime) {
                    return Math.max(0, value.expiresAtNanos() - System.nanoTime());
                }

                @Override
                public long expireAfterUpdate(String key, Entry value, long currentTime, long currentDuration) {
                    return expireAfterCreate(key, value, currentTime);
                }

                @Override
                public long expireAfterRead(String key, Entry value, long currentTime, long currentDuration) {
                    return currentDuration;
                }
            })
            .build();

    /** The identity of a token verified before and not yet expired, or null. */
    SecurityIdentity get(String token) {
        Entry entry = cache.getIfPresent(token);
        if (entry == null) {
            return null;
        }
        if (System.nanoTime() - entry.expiresAtNanos() >= 0) {
            cache.invalidate(token);
            return null;
        }
        return entry.identity();
    }

    /** Remembers an identity the OIDC mechanism made from a bearer token. */
    void put(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long millisLeft = TimeUnit.SECONDS.toMillis(jwt.getExpirationTime()) - System.currentTimeMillis();
        long ttlNanos = Math.min(TimeUnit.MILLISECONDS.toNanos(millisLeft), MAX_AGE.toNanos());
        if (ttlNanos <= 0) {
            return;
        }
        cache.put(credential.getToken(), new Entry(detached(identity), System.nanoTime() + ttlNanos));
    }

    /** A copy without the attributes that belong to the request that made it (its RoutingContext). */
    private static SecurityIdentity detached(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (!(attribute.getValue() instanceof RoutingContext)) {
                builder.addAttribute(attribute.getKey(), attribute.getValue());
            }
        }
        return builder.build();
    }
}
