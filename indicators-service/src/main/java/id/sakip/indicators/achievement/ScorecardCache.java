package id.sakip.indicators.achievement;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The serialized answers of the achievement endpoint (one unit's scorecard, one page of the Kanwil pull) with their
 * ETags, kept in memory under the data generation they were computed at ({@link BenchmarkCache.Generations}): an
 * entry serves every request whose generation is not newer. Bounded by the bytes it holds
 * ({@code indicators.scorecard-cache.max-size}, least recently/frequently used entries go first). Concurrent misses
 * of one key compute once; the other requests wait for that answer. The content never depends on the caller: access
 * is checked before the cache is asked.
 */
@ApplicationScoped
public class ScorecardCache {

    /** Per entry, beside its bytes: key, tag, map node. */
    private static final int ENTRY_OVERHEAD = 256;

    private final boolean enabled;
    private final Cache<Object, Answer> answers;
    private final Map<Object, Flight> inFlight = new ConcurrentHashMap<>();

    public ScorecardCache(ScorecardCacheConfig config, MeterRegistry registry) {
        this.enabled = config.enabled();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((Object key, Answer a) -> a.body().length + ENTRY_OVERHEAD)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, answers, "scorecards");
    }

    /** A serialized answer: the JSON bytes, their ETag and the generation of the data they show. */
    public record Answer(long generation, byte[] body, EntityTag tag) {
    }

    /** One unit's scorecard of a year. */
    record UnitKey(String unit, int year) {
    }

    /** One page of the pull below {@code parent}; {@code updatedSince} null for the full list. */
    record PageKey(String parent, int year, int page, int size, Instant updatedSince) {
    }

    /**
     * The cached answer for {@code key} if it is at least as new as {@code generation}, else the one
     * {@code compute} makes (which must show data read after {@code generation} was read), stored for later reads.
     */
    Answer get(Object key, long generation, Supplier<Answer> compute) {
        if (!enabled) {
            return compute.get();
        }
        Answer cached = current(key, generation);
        if (cached != null) {
            return cached;
        }
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        Flight flight = inFlight.compute(key, (k, f) -> f != null && f.generation >= generation ? f
                : new Flight(generation, mine));
        if (flight.future != mine) {
            try {
                return flight.future.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // The computing request failed; this one tries on its own.
                return put(key, compute.get());
            }
        }
        try {
            Answer answer = put(key, compute.get());
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, flight);
        }
    }

    /** The cached answer for {@code key} if it is at least as new as {@code generation}, else null. */
    Answer current(Object key, long generation) {
        if (!enabled) {
            return null;
        }
        Answer cached = answers.getIfPresent(key);
        return cached != null && cached.generation() >= generation ? cached : null;
    }

    /** Stores an answer unless a newer one is there already; returns it. */
    Answer put(Object key, Answer answer) {
        if (enabled) {
            answers.asMap().merge(key, answer, (old, neu) -> old.generation() > neu.generation() ? old : neu);
        }
        return answer;
    }

    private record Flight(long generation, CompletableFuture<Answer> future) {
    }
}
