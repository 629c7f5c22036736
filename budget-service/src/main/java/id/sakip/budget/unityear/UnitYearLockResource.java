package id.sakip.budget.unityear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.Texts;
import id.sakip.budget.common.DataYear;
import id.sakip.budget.common.WorkUnitCode;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/**
 * Locks of unit-years whose report was published (set and cleared by reporting-service). Same shape as
 * indicators-service's lock API: PUT 201 new / 200 already locked, GET the state, DELETE 204, answers carry
 * {@code workUnit, year, locked}.
 */
@Path("/api/v1/budgets/locks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locks", description = "While a unit-year is locked, every change of its budget data answers 409")
public class UnitYearLockResource {

    private final UnitYearLockService service;
    private final ObjectMapper json;
    private final Validator validator;

    public UnitYearLockResource(UnitYearLockService service, ObjectMapper json, Validator validator) {
        this.service = service;
        this.json = json;
        this.validator = validator;
    }

    /** The optional body of a lock. */
    public record LockRequest(
            @Size(max = FieldReader.TEXT_MAX)
            @Pattern(regexp = Texts.NO_CONTROL_CHARACTERS, message = Texts.NO_CONTROL_CHARACTERS_MESSAGE)
            String reason) {
    }

    @GET
    @RolesAllowed({Role.SERVICE, Role.ADMIN, Role.AUDITOR})
    @Operation(summary = "Current locks, optionally of one work unit")
    public List<UnitYearLockView> list(@QueryParam("workUnit") @WorkUnitCode String workUnit) {
        return service.list(workUnit);
    }

    @GET
    @Path("/{workUnit}/{year}")
    @RolesAllowed({Role.SERVICE, Role.ADMIN, Role.AUDITOR})
    @Operation(summary = "Whether a unit-year is locked", description = "{workUnit, year, locked, lockedAt, lockedBy, reason}")
    public UnitYearLockView get(@PathParam("workUnit") @WorkUnitCode String workUnit,
                                @PathParam("year") @DataYear int year) {
        return service.get(workUnit, year);
    }

    @PUT
    @Path("/{workUnit}/{year}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.SERVICE, Role.ADMIN})
    @Operation(summary = "Lock a unit-year",
            description = "The reason as query parameter (?reason=, as indicators-service takes it) or as the optional "
                    + "body {\"reason\": \"...\"}. Locking again changes nothing.")
    @APIResponse(responseCode = "201", description = "Locked now")
    @APIResponse(responseCode = "200", description = "Was already locked")
    @APIResponse(responseCode = "400", description = "A body other than {\"reason\": \"...\"}, a reason over 500 "
            + "characters or with control characters, a year outside 2000-2100")
    public Response lock(@PathParam("workUnit") @WorkUnitCode String workUnit,
                         @PathParam("year") @DataYear int year,
                         @QueryParam("reason") String reason, String body) throws JsonProcessingException {
        LockRequest request = new LockRequest(reason);
        if (body != null && !body.isBlank()) {
            // an unreadable body is a 400 problem at its pointer (service-commons' mapper)
            LockRequest inBody = json.readValue(body, LockRequest.class);
            request = inBody == null || inBody.reason() == null ? request : inBody;
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        UnitYearLockService.Result result = service.lock(workUnit, year, request.reason());
        return Response.status(result.created() ? 201 : 200).entity(result.lock()).build();
    }

    @DELETE
    @Path("/{workUnit}/{year}")
    @RolesAllowed({Role.SERVICE, Role.ADMIN})
    @Operation(summary = "Unlock a unit-year")
    @APIResponse(responseCode = "204", description = "Unlocked (or was not locked)")
    public Response unlock(@PathParam("workUnit") @WorkUnitCode String workUnit,
                           @PathParam("year") @DataYear int year) {
        service.unlock(workUnit, year);
        return Response.noContent().build();
    }
}
