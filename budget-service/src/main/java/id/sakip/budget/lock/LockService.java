package id.sakip.budget.lock;

import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Locks of unit-years whose report was published: reporting-service sets and clears them; every write
 * of this service asks {@link #requireUnlocked} first.
 */
@ApplicationScoped
public class LockService {

    static final String ENTITY = "BudgetLock";

    private final LockRepository repository;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public LockService(LockRepository repository, AuditLog audit, SecurityIdentity identity) {
        this.repository = repository;
        this.audit = audit;
        this.identity = identity;
    }

    public void requireUnlocked(String workUnit, int year) {
        repository.find(workUnit, year).ifPresent(l -> {
            throw ProblemException.conflict("The budget data of " + workUnit + " for " + year
                    + " are locked since " + l.lockedAt + " (a published report relies on them)"
                    + "; unlock the year before changing them");
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LockView> list(String workUnit) {
        return (workUnit == null ? repository.list("order by workUnit, year") : repository.ofUnit(workUnit))
                .stream().map(LockView::of).toList();
    }

    /** Locks a unit-year; true when it was not locked before. Locking again changes nothing. */
    @Transactional
    public Result lock(String workUnit, int year, String reason) {
        var existing = repository.find(workUnit, year);
        if (existing.isPresent()) {
            return new Result(LockView.of(existing.get()), false);
        }
        BudgetLock l = new BudgetLock();
        l.workUnit = workUnit;
        l.year = year;
        l.lockedAt = Instant.now();
        l.lockedBy = Caller.from(identity).username();
        l.reason = reason;
        repository.persist(l);
        LockView view = LockView.of(l);
        audit.record(ENTITY, workUnit + "/" + year, "LOCK", null, view);
        return new Result(view, true);
    }

    /** Unlocks a unit-year; false when it was not locked. */
    @Transactional
    public boolean unlock(String workUnit, int year) {
        var existing = repository.find(workUnit, year);
        if (existing.isEmpty()) {
            return false;
        }
        LockView before = LockView.of(existing.get());
        repository.delete(existing.get());
        audit.record(ENTITY, workUnit + "/" + year, "UNLOCK", before, null);
        return true;
    }

    public record Result(LockView lock, boolean created) {
    }
}
