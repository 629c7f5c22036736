package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The evidence registers of a unit-year, as imported. */
@Path("/api/v1/registers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registers", description = "Evidence registers behind the indicators")
public class RegisterResource {

    private final RegisterService registers;
    private final SecurityIdentity identity;

    public RegisterResource(RegisterService registers, SecurityIdentity identity) {
        this.registers = registers;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Every register of a unit-year, keyed by register name, in the shape of the registers "
            + "part of performance.json")
    public ObjectNode get(@QueryParam("workUnit") String workUnit, @QueryParam("year") Integer year) {
        if (workUnit == null || year == null) {
            throw ProblemException.badRequest("workUnit and year are required");
        }
        return registers.get(workUnit, year, Caller.from(identity));
    }
}
