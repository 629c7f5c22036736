package id.sakip.indicators.achievement;

import java.util.function.Supplier;

/**
 * One value kept in memory while a {@link BenchmarkCache} generation does not move: {@link #get} answers the kept
 * value when it was made at (or after) the generation the caller read, otherwise it loads, keeps and answers a new
 * one. The value is shared between requests, so it must not be changed once loaded.
 */
public final class GenerationMemo<T> {

    private record Entry<T>(long generation, T value) {
    }

    private volatile Entry<T> entry;

    public T get(long generation, Supplier<T> load) {
        Entry<T> kept = entry;
        if (kept != null && kept.generation() >= generation) {
            return kept.value();
        }
        T loaded = load.get();
        entry = new Entry<>(generation, loaded);
        return loaded;
    }
}
