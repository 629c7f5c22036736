package id.sakip.indicators.security;

import id.sakip.commons.security.Role;

/** Role sets for {@code @RolesAllowed}: the coarse check; unit-level rules follow in the services. */
public final class Roles {

    /** Everyone with a unit-level or global read right (not the service account). */
    public static final String[] READERS = {Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR,
            Role.ADMIN};

    private Roles() {
    }
}
