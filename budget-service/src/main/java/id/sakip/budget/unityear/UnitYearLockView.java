package id.sakip.budget.unityear;

import java.time.Instant;

/**
 * A unit-year's lock as the API returns it: indicators-service's lock fields ({@code workUnit, year, locked}) and
 * when, by whom and why it was locked ({@code null} while unlocked).
 */
public record UnitYearLockView(String workUnit, int year, boolean locked, Instant lockedAt, String lockedBy,
                               String reason) {

    static UnitYearLockView of(UnitYearLock l) {
        return new UnitYearLockView(l.workUnit, l.year, true, l.lockedAt, l.lockedBy, l.reason);
    }

    static UnitYearLockView unlocked(String workUnit, int year) {
        return new UnitYearLockView(workUnit, year, false, null, null, null);
    }
}
