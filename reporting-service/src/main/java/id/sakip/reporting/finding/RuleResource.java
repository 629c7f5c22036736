package id.sakip.reporting.finding;

import id.sakip.commons.http.ETags;
import id.sakip.commons.security.Role;
import id.sakip.reporting.finding.dto.RuleDto;
import id.sakip.reporting.finding.dto.RuleInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Validation rules as data: everyone who reads reports may read them, administrators change them. */
@Path("/api/v1/validation-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Validation rules", description = "Consistency rules evaluated over every report (left, operator, right, importance)")
public class RuleResource {

    private final RuleService rules;

    public RuleResource(RuleService rules) {
        this.rules = rules;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "All validation rules, the default set and those added by administrators")
    public List<RuleDto> list() {
        return rules.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "One rule, with its ETag for updates")
    public Response get(@PathParam("code") String code) {
        RuleDto r = rules.get(code);
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Add a rule (admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sum", value = Examples.RULE)))
    public Response create(RuleInput input) {
        RuleDto r = rules.create(input);
        return Response.created(URI.create("/api/v1/validation-rules/" + r.code())).entity(r).tag(ETags.of(r.version())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Replace a rule (admin); requires If-Match with the rule's ETag")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sum", value = Examples.RULE)))
    public Response replace(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, RuleInput input) {
        RuleDto r = rules.replace(code, input, ifMatch);
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Delete a rule (admin); requires If-Match")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        rules.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
