package id.sakip.indicators.achievement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The change generations of the data ({@code benchmark_generation}, one counter per year, year 0 for what every
 * year shows: plans, work units, derivation rules) and the computed benchmark averages of a year cached under them.
 * Every write bumps the counter of the year it changes in its own transaction ({@link #bump}, called by
 * {@code UnitYearWrites.changed} for unit-year data; plan, work-unit and derivation-rule changes bump
 * {@link #EVERY_YEAR}); a reader takes the generations <em>before</em> loading the data, so a cached entry is never
 * older than the generation it is stored under. Works across several instances of the service (the counters are
 * in the database); reading them is one indexed query.
 */
@ApplicationScoped
public class BenchmarkCache {

    /** Generation row bumped by changes that show in every year (plans, work units, derivation rules). */
    public static final int EVERY_YEAR = 0;

    private static final String GENERATIONS = "SELECT COALESCE(SUM(generation) FILTER (WHERE year = 0), 0), "
            + "COALESCE(SUM(generation) FILTER (WHERE year = ?), 0), COALESCE(SUM(generation), 0) "
            + "FROM benchmark_generation WHERE year <= ? OR year = 0";

    private final EntityManager em;
    private final DataSource dataSource;
    private final Map<Integer, Entry> byYear = new ConcurrentHashMap<>();
    private final Map<Integer, Object> computing = new ConcurrentHashMap<>();

    public BenchmarkCache(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * The counters a year's answers depend on, read in one query: {@code everyYear} (year 0), {@code ofYear}
     * (the year's own data: the benchmark averages) and {@code upToYear} (year 0 and every year up to the year: a
     * scorecard, which also shows the earlier years' series). Each only grows, so a larger value is newer.
     */
    public record Generations(long everyYear, long ofYear, long upToYear) {

        /** What the computed benchmark averages of the year depend on. */
        public long benchmark() {
            return everyYear + ofYear;
        }
    }

    /**
     * Plain JDBC: on a cache hit this is the request's only statement, and opening a Hibernate session and
     * interpreting a native query for it cost more than the query itself.
     */
    public Generations generations(int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(GENERATIONS)) {
            ps.setInt(1, year);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Generations(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the data generations", e);
        }
    }

    /**
     * The cached averages of {@code year}, or those {@code compute} returns when the year's data changed since
     * ({@code generation} = {@link Generations#benchmark()}, read before the data). Concurrent misses of one year
     * compute once; the others wait and take the result.
     */
    Map<String, ScorecardService.ComputedBenchmark> averages(int year, long generation,
                                                             Supplier<Map<String, ScorecardService.ComputedBenchmark>>
                                                                     compute) {
        Entry cached = byYear.get(year);
        if (cached != null && cached.generation >= generation) {
            return cached.averages;
        }
        synchronized (computing.computeIfAbsent(year, y -> new Object())) {
            cached = byYear.get(year);
            if (cached != null && cached.generation >= generation) {
                return cached.averages;
            }
            Map<String, ScorecardService.ComputedBenchmark> averages = Map.copyOf(compute.get());
            byYear.put(year, new Entry(generation, averages));
            return averages;
        }
    }

    /** Marks the data of {@code year} (or {@link #EVERY_YEAR}) as changed, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(int year) {
        em.createNativeQuery("INSERT INTO benchmark_generation (year, generation) VALUES (?1, 1) "
                        + "ON CONFLICT (year) DO UPDATE SET generation = benchmark_generation.generation + 1")
                .setParameter(1, year).executeUpdate();
    }

    private record Entry(long generation, Map<String, ScorecardService.ComputedBenchmark> averages) {
    }
}
