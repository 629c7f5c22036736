package id.sakip.indicators.content;

import id.sakip.commons.http.ETags;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.indicators.content.dto.PlanStrategy;
import id.sakip.indicators.content.dto.PlanStrategyView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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

/** A plan's vision, missions and goals, read with the cascade of its objectives; administrators write them. */
@Path("/api/v1/plans/{code}/strategy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report content")
public class PlanStrategyResource {

    private final ContentService service;
    private final SecurityIdentity identity;

    public PlanStrategyResource(ContentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Vision, missions, goals and the cascade from the strategic to the activity objectives "
            + "(empty lists when nothing was written); 404 for an unknown plan")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "RENSTRA-DJIM-2020-2024",
            value = Examples.STRATEGY)))
    public Response get(@PathParam("code") String code) {
        PlanStrategyView view = service.strategy(code);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Write the plan's vision, missions and goals (admin); If-Match when written before")
    @APIResponse(responseCode = "422", description = "Content problems, each with a JSON pointer")
    public Response put(@PathParam("code") String code, PlanStrategy body,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return UnitContentResource.written(service.putStrategy(code, body, ifMatch, Caller.from(identity)));
    }
}
