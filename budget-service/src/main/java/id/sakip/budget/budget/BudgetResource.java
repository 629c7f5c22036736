package id.sakip.budget.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.budget.dto.BudgetView;
import id.sakip.budget.common.Examples;
import id.sakip.budget.unityear.UnitYearResponses;
import id.sakip.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Budget allotments (DIPA) with spending, breakdowns and absorption. */
@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "DIPA ceiling, spending and absorption per breakdown, reported figures beside computed ones")
public class BudgetResource {

    private final BudgetService service;

    public BudgetResource(BudgetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "The budget of a work unit: one year (year=) or a series (fromYear=&toYear=, an array)")
    @APIResponse(responseCode = "200", description = "One year (object) or a series of years (array)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class),
                    examples = @ExampleObject(name = "2024", value = Examples.BUDGET_2024)))
    @APIResponse(responseCode = "403", description = "The caller may not read this work unit")
    @APIResponse(responseCode = "404", description = "No budget for that year (single-year form)")
    public Response get(@QueryParam("workUnit") String workUnit, @QueryParam("year") Integer year,
                        @QueryParam("fromYear") Integer fromYear, @QueryParam("toYear") Integer toYear,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return UnitYearResponses.read(service, workUnit, year, fromYear, toYear, ifNoneMatch);
    }

    @PUT
    @Path("/{workUnit}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Create or replace one budget year",
            description = "Body: one budgets[] item of sakip-budget-dataset/1. Replacing needs If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The unit-year is locked by a published report")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Invalid content, each problem with its JSON pointer (also texts over "
            + "their bound or with control characters, numbers too large or with fractions of a rupiah)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "negative",
                    value = Examples.PROBLEM_422)))
    @APIResponse(responseCode = "428", description = "If-Match missing (the year exists, also when another writer "
            + "created it a moment earlier)")
    public Response put(@PathParam("workUnit") String workUnit, @PathParam("year") int year,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        return UnitYearResponses.replace(service, BudgetParser::parse, workUnit, year, ifMatch, body);
    }
}
