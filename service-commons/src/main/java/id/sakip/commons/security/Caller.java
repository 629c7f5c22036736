package id.sakip.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** Who is calling: identity, work unit (the {@code work_unit} claim) and realm roles. */
public record Caller(String subject, String username, String workUnit, Set<String> roles) {

    public static final String WORK_UNIT_CLAIM = "work_unit";

    public static Caller from(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(null, null, null, Set.of());
        }
        String subject = identity.getPrincipal().getName();
        String username = subject;
        String unit = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            subject = jwt.getSubject() != null ? jwt.getSubject() : subject;
            Object preferred = jwt.getClaim("preferred_username");
            username = preferred != null ? preferred.toString() : jwt.getName();
            Object claim = jwt.getClaim(WORK_UNIT_CLAIM);
            unit = claim != null ? claim.toString().replace("\"", "") : null;
        }
        if (unit == null) {
            Object attribute = identity.getAttribute(WORK_UNIT_CLAIM);
            unit = attribute != null ? attribute.toString() : null;
        }
        return new Caller(subject, username, unit, Set.copyOf(identity.getRoles()));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Sees every unit: auditors, administrators and other services. */
    public boolean readsEverything() {
        return hasAny(Role.AUDITOR, Role.ADMIN, Role.SERVICE);
    }
}
