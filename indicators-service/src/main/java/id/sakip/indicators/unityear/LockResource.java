package id.sakip.indicators.unityear;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.workunit.WorkUnitService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Locks of published unit-years, set and cleared by reporting-service (or an administrator). */
@Path("/api/v1/work-units/{code}/locks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locks", description = "A published report freezes its unit-year")
public class LockResource {

    private final UnitYearWrites unitYears;
    private final WorkUnitService workUnits;
    private final SecurityIdentity identity;

    public LockResource(UnitYearWrites unitYears, WorkUnitService workUnits, SecurityIdentity identity) {
        this.unitYears = unitYears;
        this.workUnits = workUnits;
        this.identity = identity;
    }

    @PUT
    @Path("{year}")
    @RolesAllowed({Role.SERVICE, Role.ADMIN})
    @Operation(summary = "Lock a unit-year: every change to its data answers 409 until unlocked")
    public Response lock(@PathParam("code") String code, @PathParam("year") int year,
                         @QueryParam("reason") String reason) {
        requireUnit(code);
        boolean created = unitYears.lock(code, year, reason, Caller.from(identity));
        return Response.status(created ? 201 : 200).entity(Map.of("workUnit", code, "year", year, "locked", true))
                .build();
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Role.SERVICE, Role.ADMIN, Role.AUDITOR})
    @Operation(summary = "Whether a unit-year is locked")
    public Map<String, Object> get(@PathParam("code") String code, @PathParam("year") int year) {
        requireUnit(code);
        return Map.of("workUnit", code, "year", year, "locked", unitYears.isLocked(code, year));
    }

    @DELETE
    @Path("{year}")
    @RolesAllowed({Role.SERVICE, Role.ADMIN})
    @Operation(summary = "Unlock a unit-year")
    public Response unlock(@PathParam("code") String code, @PathParam("year") int year) {
        requireUnit(code);
        unitYears.unlock(code, year);
        return Response.noContent().build();
    }

    private void requireUnit(String code) {
        if (!workUnits.exists(code)) {
            throw ProblemException.notFound("No work unit " + code);
        }
    }
}
