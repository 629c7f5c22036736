package id.sakip.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

/** Produces the {@link Caller} of the current request. */
public class CurrentCaller {

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity) {
        return Caller.from(identity);
    }
}
