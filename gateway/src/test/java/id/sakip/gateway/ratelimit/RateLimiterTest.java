package id.sakip.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.sakip.gateway.config.GatewayConfig;
import io.github.bucket4j.TimeMeter;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    static GatewayConfig.Limit limit(long capacity, long refill, Duration period, GatewayConfig.RefillMode mode) {
        return new GatewayConfig.Limit() {
            public boolean enabled() {
                return true;
            }

            public long capacity() {
                return capacity;
            }

            public long refillTokens() {
                return refill;
            }

            public Duration refillPeriod() {
                return period;
            }

            public GatewayConfig.RefillMode refillMode() {
                return mode;
            }
        };
    }

    @Test
    void aBurstUpToTheCapacityPassesThenTheRateApplies() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(limit(100, 50, Duration.ofSeconds(1), GatewayConfig.RefillMode.GREEDY),
                Duration.ofMinutes(10), 1000, clock);
        for (int i = 0; i < 100; i++) {
            assertTrue(limiter.tryAcquire("u").allowed(), "request " + i);
        }
        RateLimiter.Decision rejected = limiter.tryAcquire("u");
        assertFalse(rejected.allowed());
        // 50 per second: the next token is 20 ms away, announced as the whole second Retry-After allows.
        assertEquals(1, rejected.retryAfterSeconds());

        clock.advance(Duration.ofMillis(100));
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryAcquire("u").allowed(), "refilled request " + i);
        }
        assertFalse(limiter.tryAcquire("u").allowed());
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(limit(1, 1, Duration.ofMinutes(1), GatewayConfig.RefillMode.GREEDY),
                Duration.ofMinutes(10), 1000, new ManualClock());
        assertTrue(limiter.tryAcquire("a").allowed());
        assertFalse(limiter.tryAcquire("a").allowed());
        assertTrue(limiter.tryAcquire("b").allowed());
    }

    @Test
    void retryAfterCountsWholeSecondsUntilTheNextInterval() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(limit(2, 2, Duration.ofSeconds(10), GatewayConfig.RefillMode.INTERVALLY),
                Duration.ofMinutes(10), 1000, clock);
        assertTrue(limiter.tryAcquire("k").allowed());
        assertTrue(limiter.tryAcquire("k").allowed());
        clock.advance(Duration.ofMillis(2_500));
        RateLimiter.Decision rejected = limiter.tryAcquire("k");
        assertFalse(rejected.allowed());
        assertEquals(8, rejected.retryAfterSeconds());
        clock.advance(Duration.ofMillis(7_500));
        assertTrue(limiter.tryAcquire("k").allowed());
    }

    @Test
    void aLimitWithoutTokensIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(
                limit(0, 1, Duration.ofSeconds(1), GatewayConfig.RefillMode.GREEDY), Duration.ofMinutes(1), 10));
    }
}
