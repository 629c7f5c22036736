package id.sakip.indicators.workunit;

import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Role;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.workunit.dto.WorkUnitInput;
import id.sakip.indicators.workunit.dto.WorkUnitSummary;
import id.sakip.indicators.workunit.dto.WorkUnitView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** Work units and their hierarchy. Reads are open to every authenticated caller (master data, not secret). */
@Path("/api/v1/work-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work units", description = "Offices, their hierarchy and its history")
public class WorkUnitResource {

    private final WorkUnitService service;

    public WorkUnitResource(WorkUnitService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Units below a unit (any depth) on a date, or every unit without parent")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "KANWIL-KEPRI 2024",
            value = "[{\"code\":\"408103\",\"name\":\"Kantor Imigrasi Kelas I TPI Tanjungpinang\","
                    + "\"type\":\"TECHNICAL_UNIT\",\"parent\":\"KANWIL-KEPRI\"}]")))
    public List<WorkUnitSummary> list(@QueryParam("parent") String parent, @QueryParam("date") LocalDate date) {
        return service.list(parent, date == null ? LocalDate.now() : date);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "One work unit; parent as of the date (default today) and the parent history")
    public Response get(@PathParam("code") String code, @QueryParam("date") LocalDate date) {
        WorkUnitView view = service.get(code, date);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("{code}/ancestors")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN, Role.SERVICE})
    @Operation(summary = "Ancestors of a unit on a date, nearest first (used by the other services' access checks)")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "408103 on 2024-06-30",
            value = "[\"KANWIL-KEPRI\",\"DJIM\",\"KEMENKUMHAM\"]")))
    public List<String> ancestors(@PathParam("code") String code, @QueryParam("date") LocalDate date) {
        return service.ancestors(code, date == null ? LocalDate.now() : date);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Create or update a work unit (admin); updating needs If-Match")
    public Response put(@PathParam("code") String code, WorkUnitInput input,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (input == null) {
            throw ProblemException.badRequest("A work unit body is required");
        }
        WorkUnitInput in = new WorkUnitInput(code, input.name(), input.type(), input.parent(), input.validFrom(),
                input.validTo(), input.address(), input.email(), input.parentHistory());
        WorkUnitService.Written written = service.put(in, ifMatch);
        WorkUnitView view = written.view();
        return Response.status(written.change() == Change.CREATED ? 201 : 200).entity(view)
                .tag(ETags.of(view.version())).build();
    }
}
