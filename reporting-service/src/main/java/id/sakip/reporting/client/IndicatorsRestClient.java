package id.sakip.reporting.client;

import id.sakip.reporting.client.dto.Agreement;
import id.sakip.reporting.client.dto.Content;
import id.sakip.reporting.client.dto.Scorecard;
import id.sakip.reporting.client.dto.WorkUnit;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The read API of indicators-service that reporting-service uses, with its own service-account token. */
@RegisterRestClient(configKey = "indicators")
@OidcClientFilter
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IndicatorsRestClient {

    @GET
    @Path("/work-units/{code}")
    WorkUnit workUnit(@PathParam("code") String code);

    @GET
    @Path("/work-units/{code}/ancestors")
    List<String> ancestors(@PathParam("code") String code, @QueryParam("date") String date);

    @GET
    @Path("/work-units")
    List<WorkUnit> below(@QueryParam("parent") String parent, @QueryParam("date") String date);

    @GET
    @Path("/achievements")
    Scorecard achievements(@QueryParam("workUnit") String workUnit, @QueryParam("year") int year);

    @GET
    @Path("/agreements")
    List<Agreement> agreements(@QueryParam("workUnit") String workUnit, @QueryParam("year") int year);

    @GET
    @Path("/plans/{code}")
    JsonNode plan(@PathParam("code") String code);

    @GET
    @Path("/registers")
    JsonNode registers(@QueryParam("workUnit") String workUnit, @QueryParam("year") int year);

    @GET
    @Path("/registers/checks")
    JsonNode registerChecks(@QueryParam("workUnit") String workUnit, @QueryParam("year") int year);

    @GET
    @Path("/work-units/{code}/profile/{year}")
    Content.Profile profile(@PathParam("code") String code, @PathParam("year") int year);

    @GET
    @Path("/work-units/{code}/narrative/{year}")
    Content.Narrative narrative(@PathParam("code") String code, @PathParam("year") int year);

    @GET
    @Path("/work-units/{code}/other-achievements/{year}")
    Content.OtherAchievements otherAchievements(@PathParam("code") String code, @PathParam("year") int year);

    @GET
    @Path("/work-units/{code}/risk-register/{year}")
    Content.RiskRegister riskRegister(@PathParam("code") String code, @PathParam("year") int year);

    @GET
    @Path("/plans/{code}/strategy")
    Content.Strategy strategy(@PathParam("code") String plan);

    @PUT
    @Path("/work-units/{code}/locks/{year}")
    void lock(@PathParam("code") String code, @PathParam("year") int year);

    @DELETE
    @Path("/work-units/{code}/locks/{year}")
    void unlock(@PathParam("code") String code, @PathParam("year") int year);
}
