package id.sakip.indicators.lock;

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

/** Locks of published unit-years and the change stamps of every unit-year. */
@ApplicationScoped
public class UnitYearService {

    private final EntityManager em;
    private final AuditLog audit;

    private final BenchmarkCache benchmarkCache;

    public UnitYearService(EntityManager em, AuditLog audit, BenchmarkCache benchmarkCache) {
        this.benchmarkCache = benchmarkCache;
        this.em = em;
        this.audit = audit;
    }

    /** 409 when the unit-year is locked by a published report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireUnlocked(String unit, int year) {
        if (find(unit, year) != null) {
            throw new ProblemException(409, "Locked", "The data of work unit " + unit + " for " + year
                    + " is locked by a published report; unlock it (DELETE /api/v1/work-units/" + unit + "/locks/"
                    + year + ") before changing it");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLocked(String unit, int year) {
        return find(unit, year) != null;
    }

    /** Locks a unit-year; locking again changes nothing. Returns true when the lock is new. */
    @Transactional
    public boolean lock(String unit, int year, String reason, Caller caller) {
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

    /** Stamps a unit-year as changed now (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(String unit, int year) {
        em.createNativeQuery("INSERT INTO unit_year_change (work_unit, year, changed_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (work_unit, year) DO UPDATE SET changed_at = EXCLUDED.changed_at")
                .setParameter(1, unit).setParameter(2, year)
                .setParameter(3, OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        benchmarkCache.bump(year);
    }

    /**
     * {@link #requireUnlocked} and {@link #touch} for many unit-years ({@code "unit/year"} keys) of one import: one
     * query for the locks, one JDBC batch for the change stamps and one bump per distinct year, instead of three
     * statements (each dirty-checking the import's persistence context) per unit-year.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touchAll(Collection<String> unitYearKeys) {
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
                requireUnlocked(k.substring(0, slash), Integer.parseInt(k.substring(slash + 1)));
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
