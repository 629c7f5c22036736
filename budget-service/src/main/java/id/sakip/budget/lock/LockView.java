package id.sakip.budget.lock;

import java.time.Instant;

/** A lock as the API returns it. */
public record LockView(String workUnit, int year, Instant lockedAt, String lockedBy, String reason) {

    static LockView of(BudgetLock l) {
        return new LockView(l.workUnit, l.year, l.lockedAt, l.lockedBy, l.reason);
    }
}
