package id.sakip.reporting.client;

import id.sakip.reporting.client.dto.BudgetScores;
import id.sakip.reporting.client.dto.BudgetYear;
import id.sakip.reporting.client.dto.RevenueYear;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The read API of budget-service that reporting-service uses, with its own service-account token. */
@RegisterRestClient(configKey = "budget")
@OidcClientFilter
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface BudgetRestClient {

    @GET
    @Path("/budgets")
    List<BudgetYear> budgets(@QueryParam("workUnit") String workUnit, @QueryParam("fromYear") int fromYear,
                             @QueryParam("toYear") int toYear);

    @GET
    @Path("/revenues")
    List<RevenueYear> revenues(@QueryParam("workUnit") String workUnit, @QueryParam("fromYear") int fromYear,
                               @QueryParam("toYear") int toYear);

    @GET
    @Path("/budget-scores")
    List<BudgetScores> scores(@QueryParam("workUnit") String workUnit, @QueryParam("fromYear") int fromYear,
                              @QueryParam("toYear") int toYear);

    @PUT
    @Path("/budgets/locks/{workUnit}/{year}")
    void lock(@PathParam("workUnit") String workUnit, @PathParam("year") int year);

    @DELETE
    @Path("/budgets/locks/{workUnit}/{year}")
    void unlock(@PathParam("workUnit") String workUnit, @PathParam("year") int year);
}
