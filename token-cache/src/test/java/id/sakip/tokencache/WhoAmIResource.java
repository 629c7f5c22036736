package id.sakip.tokencache;

import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/** Test endpoint: who the request's identity is, as a service would read it. */
@Path("/whoami")
public class WhoAmIResource {

    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public WhoAmIResource(SecurityIdentity identity, JsonWebToken jwt) {
        this.identity = identity;
        this.jwt = jwt;
    }

    @GET
    @RolesAllowed("reader")
    @Produces(MediaType.TEXT_PLAIN)
    public String whoAmI() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return identity.getPrincipal().getName()
                + " roles=" + new TreeSet<>(identity.getRoles())
                + " unit=" + jwt.getClaim("work_unit")
                + " token=" + (credential != null && jwt.getRawToken().equals(credential.getToken()));
    }
}
