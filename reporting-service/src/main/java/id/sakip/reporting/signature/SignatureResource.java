package id.sakip.reporting.signature;

import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.CurrentCaller;
import id.sakip.commons.security.Role;
import id.sakip.reporting.report.Report;
import id.sakip.reporting.report.ReportService;
import id.sakip.reporting.report.ReportSnapshot;
import id.sakip.reporting.report.SnapshotRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Who signed a published report, when, and whether its stored bytes still verify. */
@Path("/api/v1/reports/{id}")
@Tag(name = "Report workflow")
public class SignatureResource {

    /** The signatures of one publication; {@code valid} is true when it is signed and every signature verifies. */
    public record SignatureDto(int snapshot, String pdfSha256, boolean signed, boolean valid,
                               List<SignatureVerifier.Result> signatures) {
    }

    private final ReportService reports;
    private final SnapshotRepository snapshots;
    private final CurrentCaller caller;

    public SignatureResource(ReportService reports, SnapshotRepository snapshots, CurrentCaller caller) {
        this.reports = reports;
        this.snapshots = snapshots;
        this.caller = caller;
    }

    @GET
    @Path("/signature")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The signature of the latest publication: signer, time, certificate fingerprint, verification")
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignatureDto latest(@PathParam("id") long id) {
        Report r = reports.readable(caller.get(), id);
        ReportSnapshot s = snapshots.latest(r.id)
                .orElseThrow(() -> ProblemException.notFound("Report " + id + " has not been published"));
        return of(s);
    }

    @GET
    @Path("/snapshots/{seq}/signature")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OPERATOR, Role.PLANNER, Role.HEAD, Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The signature of one publication")
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignatureDto ofSnapshot(@PathParam("id") long id, @PathParam("seq") int seq) {
        Report r = reports.readable(caller.get(), id);
        return of(snapshots.ofReport(r.id).stream().filter(s -> s.seq == seq).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Report " + id + " has no snapshot " + seq)));
    }

    private static SignatureDto of(ReportSnapshot s) {
        List<SignatureVerifier.Result> results = SignatureVerifier.verify(s.pdf);
        return new SignatureDto(s.seq, s.pdfSha256, !results.isEmpty(), !results.isEmpty()
                && results.stream().allMatch(SignatureVerifier.Result::valid), results);
    }
}
