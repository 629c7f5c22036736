package id.sakip.budget.unityear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Locks of unit-years whose report was published (set and cleared by reporting-service). */
@Path("/api/v1/budgets/locks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locks", description = "While a unit-year is locked, every change of its budget data answers 409")
public class UnitYearLockResource {

    private final UnitYearLockService service;
    private final ObjectMapper json;

    public UnitYearLockResource(UnitYearLockService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @RolesAllowed({Role.SERVICE, Role.ADMIN, Role.AUDITOR})
    @Operation(summary = "Current locks, optionally of one work unit")
    public List<UnitYearLockView> list(@QueryParam("workUnit") String workUnit) {
        return service.list(workUnit);
    }

    @PUT
    @Path("/{workUnit}/{year}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.SERVICE, Role.ADMIN})
    @Operation(summary = "Lock a unit-year", description = "Optional body {\"reason\": \"...\"}. Locking again changes nothing.")
    @APIResponse(responseCode = "201", description = "Locked now")
    @APIResponse(responseCode = "200", description = "Was already locked")
    public Response lock(@PathParam("workUnit") String workUnit, @PathParam("year") int year, String body) {
        String reason = null;
        if (body != null && !body.isBlank()) {
            try {
                JsonNode node = json.readTree(body);
                reason = node.hasNonNull("reason") ? node.get("reason").asText() : null;
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest("The body must be empty or {\"reason\": \"...\"}");
            }
        }
        UnitYearLockService.Result result = service.lock(workUnit, year, reason);
        return Response.status(result.created() ? 201 : 200).entity(result.lock()).build();
    }

    @DELETE
    @Path("/{workUnit}/{year}")
    @RolesAllowed({Role.SERVICE, Role.ADMIN})
    @Operation(summary = "Unlock a unit-year")
    @APIResponse(responseCode = "204", description = "Unlocked (or was not locked)")
    public Response unlock(@PathParam("workUnit") String workUnit, @PathParam("year") int year) {
        service.unlock(workUnit, year);
        return Response.noContent().build();
    }
}
