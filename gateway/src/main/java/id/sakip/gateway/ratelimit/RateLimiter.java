package id.sakip.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.sakip.gateway.config.GatewayConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/** Token buckets (Bucket4j) by key, for one kind of limit; idle buckets are forgotten. */
public final class RateLimiter {

    /** Outcome of one attempt; {@code retryAfterSeconds} is meaningful when not allowed. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private final GatewayConfig.Limit limit;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(GatewayConfig.Limit limit, Duration idleExpiry, long maxBuckets) {
        this(limit, idleExpiry, maxBuckets, TimeMeter.SYSTEM_MILLISECONDS);
    }

    RateLimiter(GatewayConfig.Limit limit, Duration idleExpiry, long maxBuckets, TimeMeter clock) {
        if (limit.capacity() < 1 || limit.refillTokens() < 1) {
            throw new IllegalArgumentException("rate limit capacity and refill-tokens must be at least 1");
        }
        this.limit = limit;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(idleExpiry)
                .maximumSize(maxBuckets)
                // Bookkeeping (access order, expiry) runs on the calling event loop, a few entries at a time: by
                // default Caffeine hands it to the common ForkJoinPool, waking a thread every few requests.
                .executor(Runnable::run)
                .build();
    }

    public boolean enabled() {
        return limit.enabled();
    }

    public Decision tryAcquire(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
        return new Decision(false, 0, Math.max(1, seconds));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(clock)
                .addLimit(b -> {
                    var refill = b.capacity(limit.capacity());
                    return limit.refillMode() == GatewayConfig.RefillMode.INTERVALLY
                            ? refill.refillIntervally(limit.refillTokens(), limit.refillPeriod())
                            : refill.refillGreedy(limit.refillTokens(), limit.refillPeriod());
                })
                .build();
    }
}
