package id.sakip.commons.security;

import id.sakip.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Object-level access by work unit, per the role table of DOMAIN.md: a unit's data is read by its own
 * staff, by regional staff whose unit is an ancestor, by auditors, administrators and services; it is
 * changed only by its own staff in the roles of the {@link WriteKind}, or by administrators.
 */
@ApplicationScoped
public class AccessPolicy {

    private final UnitHierarchy hierarchy;

    public AccessPolicy(UnitHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    public boolean canRead(Caller caller, String unit) {
        return canRead(caller, unit, LocalDate.now());
    }

    /** {@code date} picks the hierarchy in force (a unit may have moved to another regional office). */
    public boolean canRead(Caller caller, String unit, LocalDate date) {
        if (caller.readsEverything()) {
            return true;
        }
        if (caller.workUnit() == null || unit == null) {
            return false;
        }
        if (caller.workUnit().equals(unit) && caller.hasAny(Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL)) {
            return true;
        }
        return caller.has(Role.REGIONAL) && isBelow(unit, caller.workUnit(), date);
    }

    /** True when {@code ancestor} is above {@code unit} on {@code date} or at any time in that date's year. */
    public boolean isBelow(String unit, String ancestor, LocalDate date) {
        List<String> chain = hierarchy.ancestors(unit, date);
        return chain.contains(ancestor);
    }

    public boolean canWrite(Caller caller, String unit, WriteKind kind) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        if (caller.workUnit() == null || !caller.workUnit().equals(unit)) {
            return false;
        }
        return kind.unitRoles().stream().anyMatch(caller::has);
    }

    public void requireRead(Caller caller, String unit) {
        requireRead(caller, unit, LocalDate.now());
    }

    public void requireRead(Caller caller, String unit, LocalDate date) {
        if (!canRead(caller, unit, date)) {
            throw ProblemException.forbidden("You may not read the data of work unit " + unit);
        }
    }

    public void requireWrite(Caller caller, String unit, WriteKind kind) {
        if (!canWrite(caller, unit, kind)) {
            throw ProblemException.forbidden("You may not change the data of work unit " + unit
                    + " (" + kind.name().toLowerCase().replace('_', ' ') + ")");
        }
    }

    /** Keeps only the items whose unit the caller may read. */
    public <T> List<T> readable(Caller caller, Collection<T> items, Function<T, String> unitOf, LocalDate date) {
        return items.stream().filter(i -> canRead(caller, unitOf.apply(i), date)).toList();
    }
}
