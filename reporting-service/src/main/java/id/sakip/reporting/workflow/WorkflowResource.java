package id.sakip.reporting.workflow;

import id.sakip.commons.http.ETags;
import id.sakip.commons.security.CurrentCaller;
import id.sakip.commons.security.Role;
import id.sakip.reporting.report.dto.ReportDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** Workflow actions on a report. If-Match is optional here and checked when sent. */
@Path("/api/v1/reports/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report workflow", description = "DRAFT → SUBMITTED → APPROVED/RETURNED → PUBLISHED, and reopening")
public class WorkflowResource {

    private final WorkflowService workflow;
    private final CurrentCaller caller;

    public WorkflowResource(WorkflowService workflow, CurrentCaller caller) {
        this.workflow = workflow;
        this.caller = caller;
    }

    @POST
    @Path("/submit")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Operation(summary = "Submit a DRAFT or RETURNED report to the head (planner)")
    public Response submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.submit(caller.get(), id, ifMatch));
    }

    @POST
    @Path("/approve")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Role.HEAD, Role.ADMIN})
    @Operation(summary = "Approve a SUBMITTED report (head); refused (409) while findings of high importance are open, unless a justification is given")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "justified",
            value = "{\"justification\": \"Selisih berasal dari dokumen sumber tahun 2022; data sistem sudah benar.\"}")))
    public Response approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid Decision decision) {
        return ok(workflow.approve(caller.get(), id, decision, ifMatch));
    }

    @POST
    @Path("/return")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Role.HEAD, Role.ADMIN})
    @Operation(summary = "Return a SUBMITTED report to the planner with comments (head)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comments",
            value = "{\"comment\": \"Lengkapi analisis IKK-1.2.\"}")))
    public Response returnReport(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid Decision decision) {
        return ok(workflow.returnToPlanner(caller.get(), id, decision, ifMatch));
    }

    @POST
    @Path("/publish")
    @RolesAllowed({Role.HEAD, Role.ADMIN})
    @Operation(summary = "Publish an APPROVED report (head): immutable snapshot (JSON + PDF with SHA-256) and locks the unit-year in indicators-service and budget-service")
    public Response publish(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.publish(caller.get(), id, ifMatch));
    }

    @POST
    @Path("/reopen")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Role.HEAD, Role.ADMIN})
    @Operation(summary = "Reopen a PUBLISHED report as DRAFT (head): unlocks the unit-year; the snapshot stays as it was")
    public Response reopen(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid Decision decision) {
        return ok(workflow.reopen(caller.get(), id, decision, ifMatch));
    }

    private static Response ok(ReportDto r) {
        return Response.ok(r).tag(ETags.of(r.version())).build();
    }
}
