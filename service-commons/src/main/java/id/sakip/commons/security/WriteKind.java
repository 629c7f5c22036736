package id.sakip.commons.security;

import java.util.Set;

/** The kinds of change the role table of DOMAIN.md distinguishes, with the roles allowed to make them. */
public enum WriteKind {
    /** Realization, registers and evidence of one's own unit. */
    REALIZATION(Set.of(Role.OPERATOR, Role.PLANNER)),
    /** Agreements, budget data, imports, report drafting and submission. */
    PLANNING(Set.of(Role.PLANNER)),
    /** Verifying realization, approving or returning agreements and reports. */
    APPROVAL(Set.of(Role.HEAD)),
    /** Work units, plans, indicators, schemes and rules: administrators only. */
    MASTER_DATA(Set.of());

    private final Set<String> unitRoles;

    WriteKind(Set<String> unitRoles) {
        this.unitRoles = unitRoles;
    }

    /** Roles that may make this change for their own work unit. */
    public Set<String> unitRoles() {
        return unitRoles;
    }
}
