package id.sakip.indicators.unityear;

import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.indicators.achievement.BenchmarkCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one write path of unit-year data (a work unit's agreements, realizations, registers and reported figures of a
 * year): every writer starts with {@link #begin} ({@link #beginAll} for an import), which waits for the other writers
 * of the unit-year and refuses a unit-year locked by a published report (409), and ends with {@link #changed}
 * ({@link #changedAll}), which stamps the unit-year's change time and bumps the year's cache generation;
 * {@link #write} does both around a change. Also the locks themselves (the lock API of {@link LockResource}).
 */
@ApplicationScoped
public class UnitYearWrites {

    /** The advisory lock key of work units, plans and benchmarks (a unit-year's second key, its year, is never 0). */
    private static final int MASTER_DATA_KEY = 0;

    private final EntityManager em;
    private final AuditLog audit;

    private final BenchmarkCache benchmarkCache;

    public UnitYearWrites(EntityManager em, AuditLog audit, BenchmarkCache benchmarkCache) {
        this.benchmarkCache = benchmarkCache;
        this.em = em;
        this.audit = audit;
    }

    /**
     * Waits until no other transaction writes these unit-years ({@code "unit/year"} keys) and, with
     * {@code masterData}, work units, plans or benchmarks; holds them until this transaction ends (PostgreSQL
     * transaction-scoped advisory locks, always taken in the same order, so two writers cannot deadlock on them).
     * Taken at the start of a write, before the stored state is read: concurrent writers of one unit-year run one
     * after the other and the later one sees what the earlier one committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beginAll(Collection<String> unitYearKeys, boolean masterData) {
        java.util.TreeSet<long[]> keys = new java.util.TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : Long.compare(a[1], b[1]));
        if (masterData) {
            keys.add(new long[]{MASTER_DATA_KEY, 0});
        }
        for (String k : unitYearKeys) {
            int slash = k.lastIndexOf('/');
            keys.add(new long[]{k.substring(0, slash).hashCode(), Integer.parseInt(k.substring(slash + 1))});
        }
        if (keys.isEmpty()) {
            return;
        }
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                for (long[] key : keys) {
                    ps.setInt(1, (int) key[0]);
                    ps.setInt(2, (int) key[1]);
                    ps.execute();
                }
            }
        });
    }

    /**
     * Starts a write of one unit-year: waits for the other writers of it ({@link #beginAll}), then 409 when it is
     * locked by a published report.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(String unit, int year) {
        beginAll(List.of(unit + "/" + year), false);
        if (find(unit, year) != null) {
            throw locked(unit, year);
        }
    }

    private static ProblemException locked(String unit, int year) {
        return new ProblemException(409, "Locked", "The data of work unit " + unit + " for " + year
                + " is locked by a published report; unlock it (DELETE /api/v1/work-units/" + unit + "/locks/"
                + year + ") before changing it");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLocked(String unit, int year) {
        return find(unit, year) != null;
    }

    /** Locks a unit-year; locking again changes nothing. Returns true when the lock is new. */
    @Transactional
    public boolean lock(String unit, int year, String reason, Caller caller) {
        // Waits for writers of the unit-year in flight: once locked, nothing that passed the check before commits later.
        beginAll(List.of(unit + "/" + year), false);
        if (find(unit, year) != null) {
            return false;
        }
        UnitYearLock lock = new UnitYearLock();
        lock.workUnit = unit;
        lock.year = year;
        lock.lockedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        lock.lockedBy = caller.username();
        lock.reason = reason;
        em.persist(lock);
        audit.record("UnitYearLock", unit + "/" + year, "LOCK", null, Map.of("workUnit", unit, "year", year,
                "reason", reason == null ? "" : reason));
        return true;
    }

    /** Removes the lock; true when there was one. */
    @Transactional
    public boolean unlock(String unit, int year) {
        UnitYearLock lock = find(unit, year);
        if (lock == null) {
            return false;
        }
        em.remove(lock);
        audit.record("UnitYearLock", unit + "/" + year, "UNLOCK", Map.of("workUnit", unit, "year", year), null);
        return true;
    }

    /**
     * {@link #begin}, then {@code change} (which writes, flushes, audits and returns its answer), then
     * {@link #changed}: a writer of one unit-year in one call.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T write(String unit, int year, Supplier<T> change) {
        begin(unit, year);
        T result = change.get();
        changed(unit, year);
        return result;
    }

    /** {@link #write(String, int, Supplier)} of a change without an answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(String unit, int year, Runnable change) {
        write(unit, year, () -> {
            change.run();
            return null;
        });
    }

    /** Stamps a unit-year as changed now (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String unit, int year) {
        em.createNativeQuery("INSERT INTO unit_year_change (work_unit, year, changed_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (work_unit, year) DO UPDATE SET changed_at = EXCLUDED.changed_at")
                .setParameter(1, unit).setParameter(2, year)
                .setParameter(3, OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        benchmarkCache.bump(year);
    }

    /**
     * The lock check of {@link #begin} and {@link #changed} for many unit-years ({@code "unit/year"} keys) of one import: one
     * query for the locks, one JDBC batch for the change stamps and one bump per distinct year, instead of three
     * statements (each dirty-checking the import's persistence context) per unit-year.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedAll(Collection<String> unitYearKeys) {
        if (unitYearKeys.isEmpty()) {
            return;
        }
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(unitYearKeys);
        java.util.Set<String> units = new java.util.HashSet<>();
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        for (String k : keys) {
            int slash = k.lastIndexOf('/');
            units.add(k.substring(0, slash));
            years.add(Integer.parseInt(k.substring(slash + 1)));
        }
        java.util.Set<String> locked = new java.util.HashSet<>();
        em.createQuery("from UnitYearLock l where l.workUnit in :u and l.year in :y", UnitYearLock.class)
                .setParameter("u", units).setParameter("y", years).getResultList()
                .forEach(l -> locked.add(l.workUnit + "/" + l.year));
        for (String k : keys) {
            if (locked.contains(k)) {
                int slash = k.lastIndexOf('/');
                throw locked(k.substring(0, slash), Integer.parseInt(k.substring(slash + 1)));
            }
        }
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO unit_year_change (work_unit, year, "
                    + "changed_at) VALUES (?, ?, ?) ON CONFLICT (work_unit, year) DO UPDATE SET changed_at = "
                    + "EXCLUDED.changed_at")) {
                for (String k : keys) {
                    int slash = k.lastIndexOf('/');
                    ps.setString(1, k.substring(0, slash));
                    ps.setInt(2, Integer.parseInt(k.substring(slash + 1)));
                    ps.setObject(3, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        years.forEach(benchmarkCache::bump);
    }

    /** Last change of each of the units in a year, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, OffsetDateTime> changedAt(Collection<String> unitCodes, int year) {
        Map<String, OffsetDateTime> out = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return out;
        }
        List<UnitYearChange> rows = em.createQuery("from UnitYearChange c where c.year = :y and c.workUnit in :u",
                        UnitYearChange.class).setParameter("y", year).setParameter("u", unitCodes).getResultList();
        rows.forEach(r -> out.put(r.workUnit, r.changedAt));
        return out;
    }

    private UnitYearLock find(String unit, int year) {
        return em.createQuery("from UnitYearLock l where l.workUnit = :u and l.year = :y", UnitYearLock.class)
                .setParameter("u", unit).setParameter("y", year).getResultStream().findFirst().orElse(null);
    }
}
