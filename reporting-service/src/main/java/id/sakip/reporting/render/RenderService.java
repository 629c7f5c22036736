package id.sakip.reporting.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.reporting.report.Report;
import id.sakip.reporting.report.ReportModel;
import id.sakip.reporting.report.ReportStatus;
import id.sakip.reporting.report.ReportSection;
import id.sakip.reporting.report.ReportService;
import id.sakip.reporting.signature.PdfSigner;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;

/** Renders a stored report in every format from one laid-out document. */
@ApplicationScoped
public class RenderService {

    private final ReportService reports;
    private final HtmlRenderer html;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final XlsxRenderer xlsx;
    private final ObjectMapper json;
    private final PdfSigner signer;

    public RenderService(ReportService reports, HtmlRenderer html, PdfRenderer pdf, DocxRenderer docx, XlsxRenderer xlsx,
                         ObjectMapper json, PdfSigner signer) {
        this.json = json;
        this.signer = signer;
        this.reports = reports;
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
    }

    public Doc.Document document(Report r) {
        ReportModel model = reports.model(r);
        Map<String, DocumentBuilder.Text> texts = new HashMap<>();
        for (ReportSection s : reports.sectionEntities(r)) {
            texts.put(s.key, new DocumentBuilder.Text(s.title, s.markdown));
        }
        return DocumentBuilder.build(model, texts, r.status, signature(r));
    }

    /** The approval as the foreword's signature: only for an APPROVED or PUBLISHED report. */
    static DocumentBuilder.Signature signature(Report r) {
        boolean approved = ReportStatus.APPROVED.name().equals(r.status) || ReportStatus.PUBLISHED.name().equals(r.status);
        if (!approved || r.approverName == null) {
            return null;
        }
        return new DocumentBuilder.Signature(r.approverName, r.approverNip, r.approverPosition, r.approvalPlace, r.approvedOn);
    }

    public String html(Report r) {
        return html.render(document(r));
    }

    /** The PDF/A-3 with the report's JSON (the same as {@code GET /api/v1/reports/{id}}) as its associated file. */
    public byte[] pdf(Report r) {
        return pdf(r, document(r));
    }

    /**
     * The PDF of a publication, signed (PAdES) with the office's certificate at the moment of publication when a
     * signing keystore is configured.
     */
    public byte[] publishedPdf(Report r) {
        Doc.Document d = document(r);
        Calendar when = GregorianCalendar.from(r.publishedAt.atZone(ZoneId.of("Asia/Jakarta")));
        return signer.sign(pdf(r, d), d.cover().unitName(), "Penerbitan Laporan Kinerja " + d.cover().unitName() + " Tahun "
                + r.year, d.cover().place(), when);
    }

    private byte[] pdf(Report r, Doc.Document d) {
        byte[] data;
        try {
            data = json.writeValueAsBytes(reports.dto(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report " + r.id + " cannot be written as JSON", e);
        }
        return pdf.render(html.render(d), new PdfRenderer.Attachment("lkjip-" + r.workUnit + "-" + r.year + ".json", "application/json",
                "Data Laporan Kinerja (JSON)", data));
    }

    public byte[] docx(Report r) {
        return docx.render(document(r));
    }

    public byte[] xlsx(Report r) {
        return xlsx.render(document(r));
    }
}
