package id.sakip.reporting.workflow;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.CurrentCaller;
import id.sakip.commons.security.Role;
import id.sakip.reporting.report.Report;
import id.sakip.reporting.report.ReportService;
import id.sakip.reporting.report.ReportSnapshot;
import id.sakip.reporting.report.SnapshotRepository;
import id.sakip.reporting.report.dto.SnapshotDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The published snapshots of a report, byte for byte. */
@Path("/api/v1/reports/{id}/snapshots")
@Tag(name = "Report workflow")
public class SnapshotResource {

    private final ReportService reports;
    private final SnapshotRepository snapshots;
    private final CurrentCaller caller;

    public SnapshotResource(ReportService reports, SnapshotRepository snapshots, CurrentCaller caller) {
        this.reports = reports;
        this.snapshots = snapshots;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "Every publication of the report with the SHA-256 of its JSON and PDF")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SnapshotDto> list(@PathParam("id") long id) {
        Report r = reports.readable(caller.get(), id);
        return snapshots.ofReport(r.id).stream().map(SnapshotDto::of).toList();
    }

    @GET
    @Path("/{seq}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The PDF of one publication")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(@PathParam("id") long id, @PathParam("seq") int seq) {
        ReportSnapshot s = find(id, seq);
        return Response.ok(s.pdf, "application/pdf").tag(new EntityTag(s.pdfSha256)).header("X-Content-SHA256", s.pdfSha256).build();
    }

    @GET
    @Path("/{seq}/json")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The JSON of one publication")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response json(@PathParam("id") long id, @PathParam("seq") int seq) {
        ReportSnapshot s = find(id, seq);
        return Response.ok(s.modelJson, MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(s.modelSha256))
                .header("X-Content-SHA256", s.modelSha256).build();
    }

    private ReportSnapshot find(long id, int seq) {
        Report r = reports.readable(caller.get(), id);
        return snapshots.ofReport(r.id).stream().filter(s -> s.seq == seq).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Report " + id + " has no snapshot " + seq));
    }
}
