package id.sakip.budget.unityear;

import java.time.Instant;

/** A lock as the API returns it. */
public record UnitYearLockView(String workUnit, int year, Instant lockedAt, String lockedBy, String reason) {

    static UnitYearLockView of(UnitYearLock l) {
        return new UnitYearLockView(l.workUnit, l.year, l.lockedAt, l.lockedBy, l.reason);
    }
}
