package id.sakip.tokencache;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Puts every identity the OIDC mechanism verified from a bearer token into {@link VerifiedTokenCache}. */
@ApplicationScoped
public class VerifiedTokenAugmentor implements SecurityIdentityAugmentor {

    private final VerifiedTokenCache cache;

    public VerifiedTokenAugmentor(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            cache.put(identity);
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public int priority() {
        // Last, so that what is cached is the identity as every other augmentor left it.
        return Integer.MIN_VALUE;
    }
}
