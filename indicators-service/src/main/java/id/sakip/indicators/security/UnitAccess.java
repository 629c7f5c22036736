package id.sakip.indicators.security;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.commons.security.WriteKind;
import id.sakip.indicators.workunit.Hierarchy;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see or change which unit-year. Reads of a unit-year follow the hierarchy of that year: a regional
 * office reads a unit that was below it at any time during the year (408103 is read by KANWIL-KEPRI for 2024
 * and by KANWIL-DJIM-KEPRI for 2025). Writes are delegated to {@link AccessPolicy}.
 */
@ApplicationScoped
public class UnitAccess {

    private final AccessPolicy policy;
    private final WorkUnitService workUnits;

    public UnitAccess(AccessPolicy policy, WorkUnitService workUnits) {
        this.policy = policy;
        this.workUnits = workUnits;
    }

    public boolean canRead(Caller caller, String unit, int year) {
        return canRead(caller, unit, year, null);
    }

    /** {@code hierarchy} may be passed when the caller already holds a snapshot (set-based reads). */
    public boolean canRead(Caller caller, String unit, int year, Hierarchy hierarchy) {
        if (caller.readsEverything()) {
            return true;
        }
        if (caller.workUnit() == null || unit == null) {
            return false;
        }
        if (caller.workUnit().equals(unit)
                && caller.hasAny(Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL)) {
            return true;
        }
        if (!caller.has(Role.REGIONAL)) {
            return false;
        }
        Hierarchy h = hierarchy != null ? hierarchy : workUnits.hierarchy();
        return h.isBelowDuringYear(unit, caller.workUnit(), year);
    }

    public void requireRead(Caller caller, String unit, int year) {
        if (!canRead(caller, unit, year)) {
            throw ProblemException.forbidden("You may not read the data of work unit " + unit + " for " + year);
        }
    }

    public void requireWrite(Caller caller, String unit, WriteKind kind) {
        policy.requireWrite(caller, unit, kind);
    }

    public boolean canWrite(Caller caller, String unit, WriteKind kind) {
        return policy.canWrite(caller, unit, kind);
    }
}
