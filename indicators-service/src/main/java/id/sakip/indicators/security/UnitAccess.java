package id.sakip.indicators.security;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import id.sakip.indicators.workunit.Hierarchy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * Who may see or change which unit-year: service-commons' {@link AccessPolicy} is the one rule; this class only says
 * which hierarchy it consults. Reads of a unit-year follow the hierarchy of that year ({@link DatabaseUnitHierarchy}:
 * a regional office reads a unit that was below it at any time during the year), or a snapshot the caller already
 * holds (set-based reads).
 */
@ApplicationScoped
public class UnitAccess {

    private final AccessPolicy policy;

    public UnitAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    public boolean canRead(Caller caller, String unit, int year) {
        return policy.canRead(caller, unit, LocalDate.of(year, 1, 1));
    }

    /** {@code hierarchy} may be passed when the caller already holds a snapshot (set-based reads). */
    public boolean canRead(Caller caller, String unit, int year, Hierarchy hierarchy) {
        AccessPolicy rule = hierarchy == null ? policy
                : new AccessPolicy((u, date) -> hierarchy.ancestorsDuringYear(u, date.getYear()));
        return rule.canRead(caller, unit, LocalDate.of(year, 1, 1));
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
