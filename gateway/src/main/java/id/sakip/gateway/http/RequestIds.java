package id.sakip.gateway.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/** Accepts a caller's {@code X-Request-Id} when it is harmless, otherwise makes a new one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String KEY = "gateway.request-id";
    // Bounded and log-safe: an id ends up in access logs and downstream logs.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    private RequestIds() {
    }

    /** The id of the current exchange, or null before {@link ResponseHeadersHandler} ran. */
    public static String of(RoutingContext rc) {
        return rc.get(KEY);
    }

    static String acceptOrCreate(String offered) {
        if (offered != null && ACCEPTED.matcher(offered).matches()) {
            return offered;
        }
        return newId();
    }

    /**
     * A random version-4 UUID. A request id has to be unique, not unguessable, so it is drawn from
     * {@link ThreadLocalRandom} rather than {@link UUID#randomUUID()}, which goes through SecureRandom (a SHA-1
     * step per id, a read of /dev/urandom now and then) on every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | Long.MIN_VALUE; // variant 10xx (RFC 9562)
        return new UUID(high, low).toString();
    }
}
