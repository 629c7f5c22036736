package id.sakip.indicators.plan;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.achievement.ScorecardService;
import id.sakip.indicators.achievement.dto.Scorecard;
import id.sakip.indicators.plan.dto.PlanDoc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Indicators of the plan covering a year, and an indicator's multi-year series for a unit. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Indicators (IKK) and their series across plans")
public class IndicatorResource {

    private final PlanService plans;
    private final ScorecardService scorecards;
    private final SecurityIdentity identity;

    public IndicatorResource(PlanService plans, ScorecardService scorecards, SecurityIdentity identity) {
        this.plans = plans;
        this.scorecards = scorecards;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Indicators of a plan (plan) or of the plan covering a year (year)")
    public List<PlanDoc.IndicatorDoc> list(@QueryParam("plan") String plan, @QueryParam("year") Integer year) {
        PlanCatalog catalog = plans.catalog();
        StrategicPlan p = plan != null ? catalog.plan(plan).orElseThrow(() -> ProblemException.notFound("No plan "
                + plan)) : year != null ? catalog.covering(year).orElseThrow(() -> ProblemException.notFound(
                "No plan covers " + year)) : null;
        if (p == null) {
            throw ProblemException.badRequest("Give plan or year");
        }
        return p.objectives.stream().flatMap(o -> o.indicators.stream()).map(PlanService::indicatorDoc).toList();
    }

    @GET
    @Path("{code}/series")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Realization and achievement of an indicator per year for a unit, oldest first, "
            + "following continues links across plans; the requested year last")
    public List<Scorecard.SeriesPoint> series(@PathParam("code") String code, @QueryParam("workUnit") String workUnit,
                                              @QueryParam("year") Integer year) {
        if (workUnit == null || year == null) {
            throw ProblemException.badRequest("workUnit and year are required");
        }
        return scorecards.series(workUnit, year, code, Caller.from(identity));
    }
}
