package id.sakip.indicators.achievement;

import id.sakip.indicators.plan.PlanCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The computed benchmark averages of a year (every unit's agreements and realizations of that year), computed once
 * and kept in memory until a write changes the year's data. Every write of a unit-year bumps the year's row of
 * {@code benchmark_generation} in its own transaction ({@link #bump}, called by {@code UnitYearService.touch}), plan
 * changes bump year 0; a reader takes the generation <em>before</em> loading the data, so a cached entry is never
 * older than the generation it is stored under. Works across several instances of the service (the counter is in
 * the database); a cache hit costs one indexed query.
 */
@ApplicationScoped
public class BenchmarkCache {

    /** Generation row bumped by plan changes: they affect every year. */
    public static final int EVERY_YEAR = 0;

    private final EntityManager em;
    private final Map<Integer, Entry> byYear = new ConcurrentHashMap<>();

    public BenchmarkCache(EntityManager em) {
        this.em = em;
    }

    /** The cached averages of {@code year}, or those {@code compute} returns when the year's data changed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<String, ScorecardService.ComputedBenchmark> averages(int year, PlanCatalog catalog,
                                                             Supplier<Map<String, ScorecardService.ComputedBenchmark>>
                                                                     compute) {
        long generation = generation(year);
        Entry cached = byYear.get(year);
        if (cached != null && cached.generation == generation) {
            return cached.averages;
        }
        Map<String, ScorecardService.ComputedBenchmark> averages = Map.copyOf(compute.get());
        byYear.put(year, new Entry(generation, averages));
        return averages;
    }

    /** Marks the data of {@code year} (or {@link #EVERY_YEAR}) as changed, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(int year) {
        em.createNativeQuery("INSERT INTO benchmark_generation (year, generation) VALUES (?1, 1) "
                        + "ON CONFLICT (year) DO UPDATE SET generation = benchmark_generation.generation + 1")
                .setParameter(1, year).executeUpdate();
    }

    private long generation(int year) {
        Number n = (Number) em.createNativeQuery("SELECT COALESCE(SUM(generation), 0) FROM benchmark_generation "
                        + "WHERE year IN (?1, ?2)")
                .setParameter(1, year).setParameter(2, EVERY_YEAR).getSingleResult();
        return n.longValue();
    }

    private record Entry(long generation, Map<String, ScorecardService.ComputedBenchmark> averages) {
    }
}
