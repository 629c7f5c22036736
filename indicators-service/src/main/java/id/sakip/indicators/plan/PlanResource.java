package id.sakip.indicators.plan;

import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Role;
import id.sakip.indicators.plan.dto.PlanDoc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.commons.security.Caller;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Strategic plans with objectives and indicators; written by administrators only. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Strategic plans (Renstra), objectives and indicators")
public class PlanResource {

    private final PlanService plans;
    private final SecurityIdentity identity;

    public PlanResource(PlanService plans, SecurityIdentity identity) {
        this.plans = plans;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Every plan with objectives and indicators, oldest first")
    public List<PlanDoc> list() {
        return plans.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "One plan in the shape of plans[] of the dataset format")
    public Response get(@PathParam("code") String code) {
        PlanDoc doc = plans.get(code);
        return Response.ok(doc).tag(ETags.of(doc.version())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Create or update a plan (admin), validated like a dataset's plans[]; updating needs If-Match")
    public Response put(@PathParam("code") String code, JsonNode body,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("A plan object is required");
        }
        PlanService.Written written = plans.put(code, (ObjectNode) body, ifMatch, Caller.from(identity));
        PlanDoc doc = written.plan();
        return Response.status(written.created() ? 201 : 200).entity(doc).tag(ETags.of(doc.version())).build();
    }
}
