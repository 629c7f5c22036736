package id.sakip.tokencache;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Counts the identities the OIDC mechanism built, i.e. the tokens it verified (augmentors run only then). */
@ApplicationScoped
public class VerificationCounter implements SecurityIdentityAugmentor {

    private final AtomicInteger verified = new AtomicInteger();

    int verified() {
        return verified.get();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            verified.incrementAndGet();
        }
        return Uni.createFrom().item(identity);
    }
}
