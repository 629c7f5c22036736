package id.sakip.budget.unityear;

import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Locks of unit-years whose report was published: reporting-service sets and clears them; every write
 * of this service asks {@link #requireUnlocked} first. Locking takes the unit-year's {@link UnitYearMutex}, so it
 * waits for a write under way instead of slipping in between its check and its commit.
 */
@ApplicationScoped
public class UnitYearLockService {

    static final String ENTITY = "BudgetLock";

    private final UnitYearLockRepository repository;
    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final UnitYearMutex mutex;

    public UnitYearLockService(UnitYearLockRepository repository, AuditLog audit, SecurityIdentity identity,
                               UnitYearMutex mutex) {
        this.repository = repository;
        this.mutex = mutex;
        this.audit = audit;
        this.identity = identity;
    }

    public void requireUnlocked(String workUnit, int year) {
        repository.find(workUnit, year).ifPresent(l -> {
            throw locked(workUnit, year, l);
        });
    }

    /**
     * The same check as {@link #requireUnlocked} for the unit-years of these work units, with their locks read
     * in one query (dataset import).
     */
    public BiConsumer<String, Integer> unlockedCheck(Collection<String> workUnits) {
        Map<String, UnitYearLock> byKey = new HashMap<>();
        repository.ofUnits(workUnits).forEach(l -> byKey.put(l.workUnit + "/" + l.year, l));
        return (workUnit, year) -> {
            UnitYearLock l = byKey.get(workUnit + "/" + year);
            if (l != null) {
                throw locked(workUnit, year, l);
            }
        };
    }

    private static ProblemException locked(String workUnit, int year, UnitYearLock l) {
        return ProblemException.conflict("The budget data of " + workUnit + " for " + year
                + " are locked since " + l.lockedAt + " (a published report relies on them)"
                + "; unlock the year before changing them");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitYearLockView get(String workUnit, int year) {
        return repository.find(workUnit, year).map(UnitYearLockView::of)
                .orElseGet(() -> UnitYearLockView.unlocked(workUnit, year));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitYearLockView> list(String workUnit) {
        return (workUnit == null ? repository.list("order by workUnit, year") : repository.ofUnit(workUnit))
                .stream().map(UnitYearLockView::of).toList();
    }

    /** Locks a unit-year; true when it was not locked before. Locking again changes nothing. */
    @Transactional
    public Result lock(String workUnit, int year, String reason) {
        mutex.lock(workUnit, year);
        var existing = repository.find(workUnit, year);
        if (existing.isPresent()) {
            return new Result(UnitYearLockView.of(existing.get()), false);
        }
        UnitYearLock l = new UnitYearLock();
        l.workUnit = workUnit;
        l.year = year;
        l.lockedAt = Instant.now();
        l.lockedBy = Caller.from(identity).username();
        l.reason = reason;
        repository.persist(l);
        UnitYearLockView view = UnitYearLockView.of(l);
        audit.record(ENTITY, workUnit + "/" + year, "LOCK", null, view);
        return new Result(view, true);
    }

    /** Unlocks a unit-year; false when it was not locked. */
    @Transactional
    public boolean unlock(String workUnit, int year) {
        mutex.lock(workUnit, year);
        var existing = repository.find(workUnit, year);
        if (existing.isEmpty()) {
            return false;
        }
        UnitYearLockView before = UnitYearLockView.of(existing.get());
        repository.delete(existing.get());
        audit.record(ENTITY, workUnit + "/" + year, "UNLOCK", before, null);
        return true;
    }

    public record Result(UnitYearLockView lock, boolean created) {
    }
}
