package id.sakip.budget.security;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** indicators-service's work-unit hierarchy, called with this service's own service-account token. */
@RegisterRestClient(configKey = "indicators")
@OidcClientFilter
@Path("/api/v1/work-units")
public interface IndicatorsRestClient {

    @GET
    @Path("/{code}/ancestors")
    @Produces(MediaType.APPLICATION_JSON)
    List<String> ancestors(@PathParam("code") String code, @QueryParam("date") String date);
}
