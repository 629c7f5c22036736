package id.sakip.budget.score;

import id.sakip.budget.common.Examples;
import id.sakip.budget.common.Responses;
import id.sakip.budget.common.YearRange;
import id.sakip.budget.score.dto.ScoresView;
import id.sakip.commons.http.ETags;
import id.sakip.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

/** IKPA, SMART, planning and NKA scores, recomputed by their schemes beside the reported ones. */
@Path("/api/v1/budget-scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget scores", description = "IKPA, SMART, planning and Nilai Kinerja Anggaran")
public class BudgetScoreResource {

    private final BudgetScoreService service;

    public BudgetScoreResource(BudgetScoreService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Budget scores of a work unit: one year (year=) or a series (fromYear=&toYear=, an array)")
    @APIResponse(responseCode = "200", description = "One year (object) or a series of years (array)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoresView.class),
                    examples = @ExampleObject(name = "2021", value = Examples.SCORES_2021)))
    @APIResponse(responseCode = "403", description = "The caller may not read this work unit")
    @APIResponse(responseCode = "404", description = "No scores for that year (single-year form)")
    public Response get(@QueryParam("workUnit") String workUnit, @QueryParam("year") Integer year,
                        @QueryParam("fromYear") Integer fromYear, @QueryParam("toYear") Integer toYear,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        YearRange range = YearRange.of(workUnit, year, fromYear, toYear);
        BudgetScoreService.Read read = service.read(range);
        return Responses.yearOrSeries(range, read.views(), ETags.ofContent(range + read.versions()), ifNoneMatch);
    }
}
