package id.sakip.reporting.report;

import id.sakip.reporting.client.dto.Content;
import id.sakip.reporting.render.Doc;
import id.sakip.reporting.render.DocumentBuilder;
import id.sakip.reporting.render.HtmlRenderer;
import id.sakip.reporting.render.PdfRenderer;
import id.sakip.reporting.support.FakeServicesResource;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LKjIP of 408103 / 2024 assembled from the contract fixtures (the demo data) and rendered to PDF reads like the
 * reference report: its written content is there and no section is a prompt; a unit without written content gets
 * neutral sentences, never a prompt or "null". Renders without storing a report (the workflow tests own that).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeServicesResource.class, restrictToAnnotatedClass = false)
class ReportContentTest {

    @Inject
    ReportAssembler assembler;
    @Inject
    SectionTemplates templates;
    @Inject
    HtmlRenderer html;
    @Inject
    PdfRenderer pdf;

    @Test
    void theDemoReportCarriesTheReferenceContentAndNoPrompt() throws IOException {
        String text = pdfText(assembler.assemble("408103", 2024));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "lkjip-content-408103-2024.txt"), text);
        for (String expected : List.of(
                // Bab I: background, Tabel I.1-I.3 (73 staff), work area, checkpoints, aspects, issues
                "Sejarah keimigrasian di Indonesia", "Tabel I.1 Tugas dan Fungsi", "Tabel I.2 Fungsi Masing-Masing Seksi",
                "Tabel I.3 Komposisi Pegawai menurut Golongan", "Tabel I.3a Komposisi Pegawai menurut Jabatan",
                "didukung oleh 73 orang pegawai", "Kabupaten Bintan", "TPI Sri Bayintan", "Mal Pelayanan Publik",
                "TPI Udara Bandar Udara Raja Haji Fisabilillah", "Sarana dan Prasarana",
                // Bab II: vision, missions, goals, cascade
                "Visi", "Misi", "Tujuan", "SS1: Terwujudnya Kesadaran Hukum", "3 sasaran kegiatan berikut",
                "Meningkatnya Pelayanan Reformasi Birokrasi di Lingkup UPT Imigrasi (mendukung SS2)",
                // Bab III: analysis per indicator, efficiency, other achievements
                "Penyebab keberhasilan/kegagalan", "Solusi dan tindak lanjut", "Efisiensi di bidang anggaran",
                "Rp128.000.000", "BIDARA", "SILADA", "SITANCAP", "E-Monev Bappenas", "Pengisian e-Performance",
                "SPKP-SPAK", "Kontribusi terhadap Perjanjian Kinerja Kantor Wilayah",
                // Bab IV: obstacles per section, recommendations; the risk annex
                "Kendala dan Hambatan", "Seksi Intelijen dan Penindakan Keimigrasian", "Aplikasi SAKTI",
                "Zona Integritas menuju WBK/WBBM", "Manajemen Risiko Tahun 2024", "Register Risiko",
                "Pemilik Risiko")) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), "PDF lacks " + expected);
        }
        assertClean(text);
    }

    @Test
    void aUnitWithoutWrittenContentGetsNeutralSentences() throws IOException {
        ReportModel m = assembler.assemble("408103", 2024);
        ReportModel bare = new ReportModel(m.workUnit(), m.year(), m.assembledAt(), m.sources(), m.scorecard(),
                m.agreements(), m.nextAgreements(), m.registers(), m.registerChecks(), m.budgets(), m.revenues(),
                m.budgetScores(), m.narrative(), new Content(null, null, null, null, null));
        String text = pdfText(bare);
        for (String expected : List.of("Tidak ada isu strategis yang dicatat untuk tahun 2024",
                "Tidak ada catatan efisiensi penggunaan sumber daya untuk tahun 2024",
                "Tidak ada capaian kinerja lainnya yang dicatat untuk tahun 2024",
                "Tidak ada kendala per seksi yang dicatat untuk tahun 2024")) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), "PDF lacks " + expected);
        }
        assertFalse(text.contains("Tabel I.1"), "no table without a profile");
        assertFalse(text.contains("Manajemen Risiko Tahun"), "no risk annex without a register");
        assertClean(text);
    }

    private String pdfText(ReportModel m) throws IOException {
        Map<String, DocumentBuilder.Text> texts = new HashMap<>();
        for (SectionTemplates.Template t : templates.templates(m)) {
            texts.put(t.key(), new DocumentBuilder.Text(t.title(), t.markdown()));
        }
        Doc.Document doc = DocumentBuilder.build(m, texts, "DRAFT", null);
        byte[] bytes = pdf.render(html.render(doc));
        try (PDDocument d = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static void assertClean(String text) {
        assertFalse(text.contains("Uraikan"), "a section is still a prompt");
        java.util.regex.Matcher nul = java.util.regex.Pattern.compile("\\bnull\\b").matcher(text);
        assertFalse(nul.find(), () -> "\"null\" in the text: …" + text.substring(Math.max(0, nul.start() - 120),
                Math.min(text.length(), nul.end() + 40)) + "…");
    }
}
