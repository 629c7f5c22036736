package id.sakip.indicators.agreement;

import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.agreement.dto.AgreementInput;
import id.sakip.indicators.agreement.dto.AgreementView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** Performance agreements: revisions per unit and year; planners draft, heads sign. */
@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Performance agreements (Perjanjian Kinerja) and their revisions")
public class AgreementResource {

    private final AgreementService service;
    private final SecurityIdentity identity;

    public AgreementResource(AgreementService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Every revision of a unit-year, oldest first; inForce marks the latest signed one")
    public List<AgreementView> list(@QueryParam("workUnit") String workUnit, @QueryParam("year") Integer year) {
        if (workUnit == null || year == null) {
            throw ProblemException.badRequest("workUnit and year are required");
        }
        return service.list(workUnit, year, caller());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "One revision, with its ETag")
    public Response get(@PathParam("id") long id) {
        AgreementView v = service.get(id, caller());
        return Response.ok(v).tag(ETags.of(v.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "A new draft revision of the unit-year (planner of the unit)")
    public Response create(AgreementInput input) {
        if (input == null) {
            throw ProblemException.badRequest("An agreement body is required");
        }
        AgreementView v = service.createDraft(input, caller());
        return Response.status(201).entity(v).tag(ETags.of(v.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Change a draft (If-Match required); signed revisions are never edited")
    public Response update(@PathParam("id") long id, AgreementInput input,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (input == null) {
            throw ProblemException.badRequest("An agreement body is required");
        }
        AgreementView v = service.updateDraft(id, input, ifMatch, caller());
        return Response.ok(v).tag(ETags.of(v.version())).build();
    }

    @POST
    @Path("{id}/sign")
    @RolesAllowed({Role.HEAD, Role.ADMIN})
    @Operation(summary = "The head signs a draft; it becomes the revision in force")
    public Response sign(@PathParam("id") long id, @QueryParam("signedOn") LocalDate signedOn,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AgreementView v = service.sign(id, signedOn, ifMatch, caller());
        return Response.ok(v).tag(ETags.of(v.version())).build();
    }

    private Caller caller() {
        return Caller.from(identity);
    }
}
