package id.sakip.reporting.security;

import id.sakip.commons.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link Caller} of the current request. Replaces service-commons' {@code CurrentCaller}, whose request-scoped
 * producer of a record cannot be proxied by ArC (it is excluded with {@code quarkus.arc.exclude-types}).
 */
@ApplicationScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        return Caller.from(identity);
    }
}
