package id.sakip.budget.scheme;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.common.Examples;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.scheme.dto.SchemeData;
import id.sakip.budget.scheme.dto.SchemeView;
import id.sakip.commons.http.ETags;
import id.sakip.commons.security.Role;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Score schemes as data: administrators add and change them without code changes. */
@Path("/api/v1/score-schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Score schemes", description = "IKPA, SMART, planning and NKA schemes: components, weights, reducers")
public class ScoreSchemeResource {

    private final ScoreSchemeService service;

    public ScoreSchemeResource(ScoreSchemeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "All schemes, optionally of one kind (IKPA, SMART, PLANNING, NKA) or valid in one year")
    public List<SchemeView> list(@QueryParam("kind") SchemeKind kind, @QueryParam("year") Integer year) {
        return service.list(kind, year);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "One scheme, with its ETag")
    public Response get(@PathParam("code") String code) {
        SchemeView view = service.get(code);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Add a scheme", description = "Same shape as schemes[] of sakip-budget-dataset/1")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "IKPA-2024", value = Examples.SCHEME)))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "A scheme with that code exists")
    @APIResponse(responseCode = "422", description = "Invalid content")
    public Response create(JsonNode body, @Context UriInfo uri) {
        SchemeData data = parse(body);
        SchemeView view = service.create(data);
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build()).entity(view)
                .tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Change a scheme (If-Match required)")
    @APIResponse(responseCode = "200", description = "Changed (or unchanged)")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           JsonNode body) {
        SchemeView view = service.update(code, ifMatch, parse(body));
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    private static SchemeData parse(JsonNode body) {
        FieldReader in = new FieldReader();
        if (body == null || !body.isObject()) {
            in.error("", "must be a JSON object");
            in.throwIfAny();
        }
        SchemeData data = SchemeParser.parse(in, body, "");
        in.throwIfAny();
        return data;
    }
}
