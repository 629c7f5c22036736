package id.sakip.indicators.content;

import id.sakip.commons.http.ETags;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.content.dto.OrganisationProfile;
import id.sakip.indicators.content.dto.OtherAchievements;
import id.sakip.indicators.content.dto.RiskRegister;
import id.sakip.indicators.content.dto.UnitNarrative;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The report content of a unit-year: organisation profile, narrative, other achievements and risk register. Readers
 * of the unit-year may GET; the unit's planner and administrators PUT the whole document (If-Match when it exists).
 */
@Path("/api/v1/work-units/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report content", description = "Profile, narrative, other achievements and risk register of a unit-year")
public class UnitContentResource {


    private final ContentService service;
    private final SecurityIdentity identity;

    public UnitContentResource(ContentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("profile/{year}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Organisation profile of a unit-year (LKjIP Bab I); 404 when none was written")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "408103 2024",
            value = Examples.PROFILE)))
    public Response profile(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return ok(service.unitDocument(ContentKind.PROFILE, OrganisationProfile.class, code, year, caller()));
    }

    @PUT
    @Path("profile/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Write the organisation profile (planner of the unit, admin); If-Match when it exists")
    @APIResponse(responseCode = "422", description = "Content problems, each with a JSON pointer")
    public Response putProfile(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
                               OrganisationProfile body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(service.putUnit(ContentKind.PROFILE, code, year, body, ifMatch, caller()));
    }

    @GET
    @Path("narrative/{year}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Narrative of a unit-year: per-indicator analysis (indicators without one are pre-filled "
            + "from the realization notes, prefilled=true), efficiency, obstacles per section, recommendations")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "408103 2024",
            value = Examples.NARRATIVE)))
    public Response narrative(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return ok(service.narrative(code, year, caller()));
    }

    @PUT
    @Path("narrative/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Write the narrative (planner of the unit, admin); If-Match when it exists; "
            + "prefilled flags are not stored")
    @APIResponse(responseCode = "422", description = "Content problems, each with a JSON pointer")
    public Response putNarrative(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
                                 UnitNarrative body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(service.putUnit(ContentKind.NARRATIVE, code, year, body, ifMatch, caller()));
    }

    @GET
    @Path("other-achievements/{year}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Other achievements of a unit-year: awards, innovations, e-Performance, e-Monev, "
            + "contribution to the regional office's agreement; 404 when none were written")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "408103 2024",
            value = Examples.OTHER)))
    public Response otherAchievements(@PathParam("code") String code,
                                      @PathParam("year") @Min(2000) @Max(2100) int year) {
        return ok(service.unitDocument(ContentKind.OTHER_ACHIEVEMENTS, OtherAchievements.class, code, year, caller()));
    }

    @PUT
    @Path("other-achievements/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Write the other achievements (planner of the unit, admin); If-Match when they exist")
    @APIResponse(responseCode = "422", description = "Content problems, each with a JSON pointer")
    public Response putOtherAchievements(@PathParam("code") String code,
                                         @PathParam("year") @Min(2000) @Max(2100) int year, OtherAchievements body,
                                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(service.putUnit(ContentKind.OTHER_ACHIEVEMENTS, code, year, body, ifMatch, caller()));
    }

    @GET
    @Path("risk-register/{year}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Risk register of a unit-year (the risk-management annex); 404 when none was written")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "408103 2024",
            value = Examples.RISKS)))
    public Response riskRegister(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return ok(service.unitDocument(ContentKind.RISK_REGISTER, RiskRegister.class, code, year, caller()));
    }

    @PUT
    @Path("risk-register/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Write the risk register (planner of the unit, admin); If-Match when it exists")
    @APIResponse(responseCode = "422", description = "Content problems, each with a JSON pointer")
    public Response putRiskRegister(@PathParam("code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
                                    RiskRegister body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(service.putUnit(ContentKind.RISK_REGISTER, code, year, body, ifMatch, caller()));
    }

    private Caller caller() {
        return Caller.from(identity);
    }

    static Response ok(ContentService.Versioned<?> v) {
        return Response.ok(v.document()).tag(ETags.of(v.version())).build();
    }

    static Response written(ContentService.Written<?> w) {
        return Response.status(w.change() == Change.CREATED ? 201 : 200).entity(w.document())
                .tag(ETags.of(w.version())).build();
    }
}
