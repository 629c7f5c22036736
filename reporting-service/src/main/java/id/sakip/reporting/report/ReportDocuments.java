package id.sakip.reporting.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.reporting.render.RenderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The report in each format. A published report answers the bytes of its latest snapshot for JSON and PDF, so they
 * never change; the other formats are rendered from the frozen report.
 */
@ApplicationScoped
public class ReportDocuments {

    private final ReportService reports;
    private final SnapshotRepository snapshots;
    private final RenderService render;
    private final ObjectMapper json;

    public ReportDocuments(ReportService reports, SnapshotRepository snapshots, RenderService render, ObjectMapper json) {
        this.reports = reports;
        this.snapshots = snapshots;
        this.render = render;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Response json(Caller caller, long id) {
        Report r = reports.readable(caller, id);
        if (ReportStatus.PUBLISHED.name().equals(r.status)) {
            ReportSnapshot s = latest(r);
            return Response.ok(s.modelJson, MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(s.modelSha256))
                    .header("X-Content-SHA256", s.modelSha256).build();
        }
        try {
            return Response.ok(json.writeValueAsBytes(reports.dto(r)), MediaType.APPLICATION_JSON_TYPE)
                    .tag(ETags.of(r.version)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Response pdf(Caller caller, long id) {
        Report r = reports.readable(caller, id);
        if (ReportStatus.PUBLISHED.name().equals(r.status)) {
            ReportSnapshot s = latest(r);
            return attachment(s.pdf, "application/pdf", r, "pdf").tag(new EntityTag(s.pdfSha256))
                    .header("X-Content-SHA256", s.pdfSha256).build();
        }
        return attachment(render.pdf(r), "application/pdf", r, "pdf").tag(ETags.of(r.version)).build();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Response html(Caller caller, long id) {
        Report r = reports.readable(caller, id);
        return Response.ok(render.html(r), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).tag(ETags.of(r.version)).build();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Response docx(Caller caller, long id) {
        Report r = reports.readable(caller, id);
        return attachment(render.docx(r), ReportResource.DOCX, r, "docx").tag(ETags.of(r.version)).build();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Response xlsx(Caller caller, long id) {
        Report r = reports.readable(caller, id);
        return attachment(render.xlsx(r), ReportResource.XLSX, r, "xlsx").tag(ETags.of(r.version)).build();
    }

    private ReportSnapshot latest(Report r) {
        return snapshots.latest(r.id).orElseThrow(() -> new ProblemException(500, "Missing snapshot",
                "Report " + r.id + " is published but has no snapshot"));
    }

    private static Response.ResponseBuilder attachment(byte[] bytes, String type, Report r, String ext) {
        return Response.ok(bytes, type).header("Content-Disposition",
                "inline; filename=\"lkjip-" + r.workUnit + "-" + r.year + "." + ext + "\"");
    }
}
