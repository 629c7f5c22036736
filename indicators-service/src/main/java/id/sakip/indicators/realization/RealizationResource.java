package id.sakip.indicators.realization;

import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.realization.dto.AdoptRequest;
import id.sakip.indicators.realization.dto.AdoptResult;
import id.sakip.indicators.realization.dto.RealizationInput;
import id.sakip.indicators.realization.dto.RealizationView;
import id.sakip.indicators.realization.dto.ReturnRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Realization entry and its verification workflow. */
@Path("/api/v1/realizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Realizations", description = "Measured figures per indicator and period, with verification")
public class RealizationResource {

    private final RealizationService service;
    private final SecurityIdentity identity;

    public RealizationResource(RealizationService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Every stored realization of a unit-year (entries and yearly history)")
    public List<RealizationView> list(@QueryParam("workUnit") String workUnit, @QueryParam("year") Integer year) {
        if (workUnit == null || year == null) {
            throw ProblemException.badRequest("workUnit and year are required");
        }
        return service.list(workUnit, year, caller());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "One realization, with its ETag")
    public Response get(@PathParam("id") long id) {
        return ok(service.get(id, caller()), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Enter a realization (DRAFT) for the caller's own unit")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "IKK-1.1 Q3 2024", value = "{\"workUnit\":"
            + "\"408103\",\"year\":2024,\"indicator\":\"IKK-1.1\",\"period\":\"Q3\",\"numerator\":1,"
            + "\"denominator\":1,\"note\":\"1 perkara, tahap P21\"}")))
    public Response create(@NotNull RealizationInput input) {
        return ok(service.create(input, caller()), 201);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Change the figures of a DRAFT or RETURNED realization (If-Match required)")
    public Response update(@PathParam("id") long id, @NotNull RealizationInput input,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.update(id, input, ifMatch, caller()), 200);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Submit for verification (If-Match optional)")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.submit(id, ifMatch, caller()), 200);
    }

    @POST
    @Path("{id}/verify")
    @RolesAllowed({Role.HEAD, Role.ADMIN})
    @Operation(summary = "The head verifies a submitted realization")
    public Response verify(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.verify(id, ifMatch, caller()), 200);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.HEAD, Role.ADMIN})
    @Operation(summary = "The head returns a realization to its authors, with a reason")
    public Response returnToAuthors(@PathParam("id") long id, @NotNull @Valid ReturnRequest request,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.returnToAuthors(id, request.reason(), ifMatch, caller()), 200);
    }

    @POST
    @Path("derived/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Adopt the figures derived from the registers as the realization (own unit; DRAFT rows; "
            + "per quarter when the register has quarters, else FY)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "IKK-3.1 2024", value = "{\"workUnit\":"
            + "\"408103\",\"year\":2024,\"indicator\":\"IKK-3.1\"}")))
    public AdoptResult adopt(AdoptRequest request) {
        return service.adoptDerived(request, caller());
    }

    private static Response ok(RealizationView v, int status) {
        return Response.status(status).entity(v).tag(ETags.of(v.version())).build();
    }

    private Caller caller() {
        return Caller.from(identity);
    }
}
