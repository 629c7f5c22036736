package id.sakip.reporting.render;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an office worker checks when opening the DOCX in Word and the XLSX in Excel, read back with POI from a small
 * report: styles and outline levels, fields, sections and page numbering, pictures, repeated header rows, numbered
 * lists; numbers, fractions, formulas, frozen panes, filters and charts.
 */
class OfficeDocumentsTest {

    /** Three indicator achievements of the reference (Tabel III.1) and a money column whose total is its sum. */
    private static final Doc.Document DOC = document();

    private static Doc.Document document() {
        Doc.Table achievements = new Doc.Table("tabel-3-1", "III.1", "Target Capaian Kinerja",
                Cells.head("Indikator", "Tahun", "Anggaran", "Capaian"),
                List.of(Cells.row(Cells.txt("Persentase pelanggaran keimigrasian yang ditindaklanjuti"), Cells.txt("2024"),
                                Cells.money(10_000_000L), Cells.pct(new BigDecimal("111.11"))),
                        Cells.row(Cells.txt("Persentase TAK yang ditangani"), Cells.txt("2024"), Cells.money(2_500_000L),
                                Cells.pct(new BigDecimal("111.11"))),
                        Cells.row(Cells.txt("Indeks kepuasan layanan"), Cells.txt("2024"), Cells.money(1_000_001L),
                                Cells.pct(new BigDecimal("113.87"))),
                        Cells.strongRow(Cells.span("Jumlah", 2), Cells.money(13_500_001L), Cells.pct(new BigDecimal("112.03")))),
                false, null);
        Doc.Table printedTotal = new Doc.Table("tabel-3-16", "III.16", "Realisasi Anggaran",
                Cells.head("Uraian", "Realisasi"),
                List.of(Cells.row(Cells.txt("a"), Cells.money(5L)), Cells.row(Cells.txt("b"), Cells.money(6L)),
                        Cells.strongRow(Cells.txt("Total"), Cells.money(12L))), false, null);
        ChartRenderer.Chart bars = ChartRenderer.bars(List.of(
                new ChartRenderer.Point("Persentase pelanggaran keimigrasian yang ditindaklanjuti", new BigDecimal("111.11")),
                new ChartRenderer.Point("Indeks kepuasan layanan", new BigDecimal("113.87"))), "%").withTarget(BigDecimal.valueOf(100));
        Doc.Figure figure = new Doc.Figure("gambar-3-1", "III.1", "Capaian Indikator", bars, ChartRenderer.svg(bars, "Capaian Indikator"));
        Doc.Chapter foreword = new Doc.Chapter("kata-pengantar", "", "KATA PENGANTAR", true, true, List.of(
                new Doc.Section("kp", null, 2, List.of(Doc.Block.html("<p>Puji syukur <strong>kehadirat</strong> Tuhan.</p>")))));
        Doc.Chapter bab3 = new Doc.Chapter("bab-3", "BAB III", "AKUNTABILITAS KINERJA", true, true, List.of(
                new Doc.Section("bab3-a", "A. Capaian Kinerja", 2, List.of(Doc.Block.table(achievements), Doc.Block.figure(figure),
                        Doc.Block.html(Markdown.toHtml("1. Memperkuat koordinasi.\n2. Meningkatkan sosialisasi.\n\n- butir")))),
                new Doc.Section("bab3-b", "B. Realisasi Anggaran", 2, List.of(Doc.Block.table(printedTotal)))));
        Doc.Cover cover = new Doc.Cover("Kantor Imigrasi Kelas I TPI Tanjungpinang", 2024, null, null, "Tanjungpinang", null,
                null, null, null);
        return new Doc.Document("LKjIP 2024", cover, List.of(foreword, bab3), List.of(achievements, printedTotal),
                List.of(figure), "DRAFT", "2025-01-15");
    }

    @Test
    void docxHasHeadingStylesFieldsSectionsPicturesRepeatedHeadersAndNumberedLists() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().render(DOC)))) {
            for (String style : List.of("Normal", "Heading1", "Heading2", "Heading3", "Caption", "FigureCaption", "TableText")) {
                assertNotNull(d.getStyles().getStyle(style), "style " + style);
            }
            assertEquals(0, d.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            String xml = d.getDocument().xmlText();
            assertTrue(xml.contains("TOC \\o \"1-3\""), "table of contents field");
            assertTrue(xml.contains("TOC \\h \\z \\t \"Caption,1\""), "list of tables field");
            assertTrue(d.getSettings().getCTSettings().xmlText().contains("updateFields"), "Word updates the fields on open");

            // cover, front matter (i, ii …), chapters (1, 2 …): two section breaks plus the body's own properties
            var sections = d.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
                    .map(p -> p.getCTP().getPPr().getSectPr()).toList();
            assertEquals(2, sections.size());
            assertEquals("lowerRoman", sections.get(1).getPgNumType().getFmt().toString());
            var body = d.getDocument().getBody().getSectPr();
            assertEquals("decimal", body.getPgNumType().getFmt().toString());
            assertEquals(1, body.getPgNumType().getStart().intValue());
            assertEquals(11906, ((java.math.BigInteger) body.getPgSz().getW()).intValue(), "A4 width");
            assertEquals(1, sections.get(1).sizeOfFooterReferenceArray(), "front matter footer");
            assertEquals(1, body.sizeOfHeaderReferenceArray());
            assertTrue(d.getFooterList().stream().anyMatch(f -> f._getHdrFtr().xmlText().contains(" PAGE ")), "page field");

            assertEquals(1, d.getAllPictures().size(), "the chart as a picture");
            assertTrue(d.getAllPictures().get(0).getData().length > 5_000);

            XWPFTable t = d.getTables().get(0);
            assertTrue(t.getRow(0).isRepeatHeader(), "header row repeats on every page");
            assertFalse(t.getRow(1).isRepeatHeader());
            assertEquals("111,11%", t.getRow(1).getCell(3).getText());
            assertEquals(3, t.getRow(4).getTableCells().size(), "the total row: a cell spanning two columns and two more");
            assertEquals("13.500.001", t.getRow(4).getCell(1).getText().replace("Rp ", ""));

            List<XWPFParagraph> numbered = d.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertEquals(3, numbered.size());
            assertEquals("decimal", numbered.get(0).getNumFmt());
            assertEquals(numbered.get(0).getNumID(), numbered.get(1).getNumID());
            assertEquals("bullet", numbered.get(2).getNumFmt());
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getRuns().stream().anyMatch(r -> r.isBold()
                    && "kehadirat".equals(r.text()))), "bold run from <strong>");
        }
    }

    @Test
    void xlsxStoresNumbersFractionsAndYearsAsNumbersWithFormulaTotalsFrozenHeadersFiltersAndCharts() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().render(DOC)))) {
            assertEquals("Daftar Isi", wb.getSheetName(0));
            assertEquals("Tabel III.1", wb.getSheetAt(0).getRow(4).getCell(0).getStringCellValue());
            assertNotNull(wb.getSheetAt(0).getRow(4).getCell(0).getHyperlink());

            Sheet t = wb.getSheet("Tabel III.1");
            Row first = t.getRow(3);
            assertEquals(2024d, first.getCell(1).getNumericCellValue(), "the year is a number");
            assertEquals(1.1111d, first.getCell(3).getNumericCellValue(), 1e-12, "a percentage is a fraction");
            assertEquals("0.00%", first.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("111,11%", new DataFormatter(Locale.forLanguageTag("id-ID")).formatCellValue(first.getCell(3)));
            Row total = t.getRow(6);
            assertEquals(CellType.FORMULA, total.getCell(2).getCellType(), "the total is a formula");
            assertEquals("SUM(C4:C6)", total.getCell(2).getCellFormula());
            assertEquals(13_500_001d, total.getCell(2).getNumericCellValue(), "cached result");
            assertEquals(CellType.NUMERIC, total.getCell(3).getCellType(), "an average is not a sum");
            assertEquals(3, t.getPaneInformation().getHorizontalSplitPosition(), "header rows frozen");
            assertNotNull(((XSSFSheet) t).getCTWorksheet().getAutoFilter(), "filter on the header");
            assertTrue(t.getColumnWidth(0) > t.getColumnWidth(1), "columns sized to their text");

            Row printed = wb.getSheet("Tabel III.16").getRow(5);
            assertEquals(CellType.NUMERIC, printed.getCell(1).getCellType(), "a total that is not the sum stays as printed");
            assertEquals(12d, printed.getCell(1).getNumericCellValue());

            XSSFSheet chartSheet = wb.getSheet("Gambar III.1");
            assertNotNull(chartSheet);
            XSSFDrawing drawing = chartSheet.getDrawingPatriarch();
            assertEquals(1, drawing.getCharts().size());
            String chartXml = drawing.getCharts().get(0).getCTChart().xmlText();
            assertTrue(chartXml.contains("barChart") && chartXml.contains("lineChart"), "bars with a target line");
            assertEquals(1.0d, chartSheet.getRow(3).getCell(2).getNumericCellValue(), "target 100% as a fraction");
        }
    }

    @Test
    void chartLabelsWrapInsteadOfBeingCut() {
        assertEquals(List.of("Persentase Tindakan", "Administratif Keimigrasian"),
                ChartRenderer.wrap("Persentase Tindakan Administratif Keimigrasian", 26, 3));
        String svg = ChartRenderer.svg(ChartRenderer.horizontalBars(List.of(new ChartRenderer.Point(
                "425231 Pendapatan Denda Keterlambatan Izin Tinggal Orang Asing yang Melampaui Batas", BigDecimal.TEN)), "Rp "), "PNBP");
        assertFalse(svg.contains("…"), svg);
        assertTrue(svg.contains("Melampaui Batas"));
    }
}
