package id.sakip.indicators.achievement;

import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The scorecard of one unit ({@code workUnit}) or the Kanwil pull over every unit below a regional office
 * ({@code parent}): paginated, with ETag / If-None-Match (304) and {@code updatedSince} for cheap polling.
 */
@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements", description = "Scorecards and the Kanwil pull")
public class AchievementResource {

    private final ScorecardService service;
    private final SecurityIdentity identity;
    private final int defaultSize;
    private final int maxSize;

    public AchievementResource(ScorecardService service, SecurityIdentity identity,
                               @ConfigProperty(name = "indicators.pull.default-page-size", defaultValue = "50")
                               int defaultSize,
                               @ConfigProperty(name = "indicators.pull.max-page-size", defaultValue = "500")
                               int maxSize) {
        this.service = service;
        this.identity = identity;
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Scorecard of a unit (workUnit) or the Kanwil pull (parent), for a year")
    @APIResponse(responseCode = "200", description = "A scorecard, or a page of scorecards with parent",
            content = @Content(examples = @ExampleObject(name = "408103 2024 (abridged)", value = Examples.SCORECARD)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag")
    public Response get(@QueryParam("workUnit") String workUnit, @QueryParam("parent") String parent,
                        @QueryParam("year") Integer year,
                        @Parameter(description = "0-based page of the pull") @QueryParam("page") Integer page,
                        @Parameter(description = "page size of the pull") @QueryParam("size") Integer size,
                        @Parameter(description = "ISO instant: only units whose data changed after it")
                        @QueryParam("updatedSince") String updatedSince,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (year == null) {
            throw ProblemException.badRequest("year is required");
        }
        if ((workUnit == null) == (parent == null)) {
            throw ProblemException.badRequest("Give exactly one of workUnit or parent");
        }
        Caller caller = Caller.from(identity);
        ScorecardCache.Answer answer;
        if (workUnit != null) {
            answer = service.scorecardAnswer(workUnit, year, caller);
        } else {
            int p = page == null ? 0 : page;
            int s = size == null ? defaultSize : size;
            if (p < 0 || s < 1 || s > maxSize) {
                throw ProblemException.badRequest("page must be ≥ 0 and size 1-" + maxSize);
            }
            answer = service.pullAnswer(parent, year, p, s, parseInstant(updatedSince), caller);
        }
        if (ETags.notModified(ifNoneMatch, answer.tag())) {
            return Response.notModified(answer.tag()).build();
        }
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE).tag(answer.tag()).build();
    }

    private static OffsetDateTime parseInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("updatedSince must be an ISO instant such as 2025-01-15T10:00:00Z");
        }
    }
}
