package id.sakip.reporting.regional;

import id.sakip.commons.security.CurrentCaller;
import id.sakip.commons.security.Role;
import id.sakip.reporting.render.Doc;
import id.sakip.reporting.render.Fmt;
import id.sakip.reporting.render.HtmlRenderer;
import id.sakip.reporting.render.PdfRenderer;
import id.sakip.reporting.render.XlsxRenderer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Regional consolidation: every unit below a Kanwil in one table, as JSON, PDF or XLSX. */
@Path("/api/v1/reports/regional")
@Tag(name = "Regional consolidation")
public class RegionalResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegionalService regional;
    private final HtmlRenderer html;
    private final PdfRenderer pdf;
    private final XlsxRenderer xlsx;
    private final CurrentCaller caller;

    public RegionalResource(RegionalService regional, HtmlRenderer html, PdfRenderer pdf, XlsxRenderer xlsx, CurrentCaller caller) {
        this.regional = regional;
        this.html = html;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "One row per unit below the regional office: averages, absorption, NKA, report status, findings")
    public RegionalDto json(@QueryParam("parent") String parent, @QueryParam("year") int year) {
        return regional.consolidate(caller.get(), parent, year);
    }

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The consolidation as PDF")
    public Response pdf(@QueryParam("parent") String parent, @QueryParam("year") int year) {
        Doc.Document d = document(regional.consolidate(caller.get(), parent, year));
        return Response.ok(pdf.render(html.render(d)), "application/pdf").build();
    }

    @GET
    @Produces(XLSX)
    @RolesAllowed({Role.REGIONAL, Role.AUDITOR, Role.ADMIN})
    @Operation(summary = "The consolidation as XLSX")
    public Response xlsx(@QueryParam("parent") String parent, @QueryParam("year") int year) {
        Doc.Document d = document(regional.consolidate(caller.get(), parent, year));
        return Response.ok(xlsx.render(d), XLSX).build();
    }

    static Doc.Document document(RegionalDto r) {
        List<Doc.Row> rows = new ArrayList<>();
        for (RegionalRow u : r.units()) {
            String objectives = String.join("; ", u.objectives().stream()
                    .map(o -> o.code() + " " + Fmt.pct(o.averageAchievement())).toList());
            rows.add(new Doc.Row(List.of(text(u.workUnit()), text(u.name()), pct(u.overallAverageAchievement()), text(objectives),
                    pct(u.absorption()), new Doc.Cell(Fmt.dec(u.nka()), u.nka(), "decimal", 1, false), text(u.reportStatus()),
                    new Doc.Cell(u.findings() == null ? "–" : u.findings() + " (" + u.highFindings() + " tinggi)",
                            u.findings() == null ? null : BigDecimal.valueOf(u.findings()), "integer", 1, false)), false));
        }
        Doc.Table t = new Doc.Table("tabel-R-1", "R.1", "Konsolidasi Capaian Kinerja " + r.parent() + " Tahun " + r.year(),
                List.of(List.of(text("Kode"), text("Satuan Kerja"), text("Rata-rata Capaian"), text("Rata-rata per Sasaran"),
                        text("Penyerapan"), text("NKA"), text("Status LKjIP"), text("Temuan"))), rows, true, null);
        Doc.Chapter ch = new Doc.Chapter("konsolidasi", "", "KONSOLIDASI " + r.parent() + " TAHUN " + r.year(), true, false,
                List.of(new Doc.Section("konsolidasi-tabel", null, 2, List.of(Doc.Block.table(t)))));
        Doc.Cover cover = new Doc.Cover("Konsolidasi " + r.parent(), r.year(), null, null, null, null, null, null, null);
        return new Doc.Document("Konsolidasi " + r.parent() + " " + r.year(), cover, List.of(ch), List.of(t), List.of(),
                "PUBLISHED", null);
    }

    private static Doc.Cell text(String s) {
        return new Doc.Cell(s == null ? "–" : s, null, "text", 1, false);
    }

    private static Doc.Cell pct(BigDecimal v) {
        return new Doc.Cell(Fmt.pct(v), v, "percent", 1, false);
    }
}
