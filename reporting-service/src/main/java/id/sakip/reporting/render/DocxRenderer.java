package id.sakip.reporting.render;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as DOCX (Apache POI): the same chapters, sections, narrative and numbered tables as the PDF, for
 * units that finish their report in a word processor. Figures are summarised by their caption.
 */
@ApplicationScoped
public class DocxRenderer {

    public byte[] render(Doc.Document doc) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            center(d, "LAPORAN KINERJA INSTANSI PEMERINTAH", 18, true);
            center(d, doc.cover().unitName(), 14, true);
            center(d, "TAHUN " + doc.cover().year(), 14, true);
            if (!"PUBLISHED".equals(doc.status())) {
                center(d, "Status: " + doc.statusLabel() + " (belum diterbitkan)", 10, false);
            }
            for (Doc.Chapter ch : doc.chapters()) {
                XWPFParagraph p = d.createParagraph();
                p.setPageBreak(true);
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setStyle("Heading1");
                XWPFRun run = p.createRun();
                run.setBold(true);
                run.setFontSize(14);
                run.setText((ch.label().isEmpty() ? "" : ch.label() + " ") + ch.title());
                for (Doc.Section s : ch.sections()) {
                    if (s.title() != null) {
                        XWPFParagraph h = d.createParagraph();
                        h.setStyle(s.level() == 2 ? "Heading2" : "Heading3");
                        XWPFRun hr = h.createRun();
                        hr.setBold(true);
                        hr.setFontSize(s.level() == 2 ? 12 : 11);
                        hr.setText(s.title());
                    }
                    for (Doc.Block b : s.blocks()) {
                        switch (b.kind()) {
                            case "html" -> {
                                for (String para : text(b.html())) {
                                    XWPFParagraph tp = d.createParagraph();
                                    tp.setAlignment(ParagraphAlignment.BOTH);
                                    tp.createRun().setText(para);
                                }
                            }
                            case "table" -> table(d, b.table());
                            default -> {
                                XWPFParagraph fp = d.createParagraph();
                                fp.setAlignment(ParagraphAlignment.CENTER);
                                XWPFRun fr = fp.createRun();
                                fr.setItalic(true);
                                fr.setText("[" + b.figure().caption() + "]");
                            }
                        }
                    }
                }
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the DOCX", e);
        }
    }

    private static void table(XWPFDocument d, Doc.Table t) {
        XWPFParagraph cap = d.createParagraph();
        cap.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun cr = cap.createRun();
        cr.setBold(true);
        cr.setText(t.caption());
        int cols = 0;
        for (List<Doc.Cell> hr : t.head()) {
            cols = Math.max(cols, hr.stream().mapToInt(c -> Math.max(1, c.colspan())).sum());
        }
        XWPFTable table = d.createTable(1, Math.max(1, cols));
        table.setWidth("100%");
        boolean firstRow = true;
        for (List<Doc.Cell> hr : t.head()) {
            fill(firstRow ? table.getRow(0) : table.createRow(), hr, true, cols);
            firstRow = false;
        }
        for (Doc.Row r : t.rows()) {
            fill(table.createRow(), r.cells(), r.strong(), cols);
        }
        for (String n : t.notes()) {
            XWPFRun nr = d.createParagraph().createRun();
            nr.setFontSize(8);
            nr.setText(n);
        }
        d.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<Doc.Cell> cells, boolean bold, int cols) {
        int col = 0;
        for (Doc.Cell c : cells) {
            if (col >= cols) {
                break;
            }
            XWPFTableCell cell = row.getCell(col);
            if (cell == null) {
                cell = row.addNewTableCell();
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(c.numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            XWPFRun run = p.createRun();
            run.setBold(bold || c.strong());
            run.setFontSize(8);
            run.setText(c.text());
            col += Math.max(1, c.colspan());
        }
    }

    private static void center(XWPFDocument d, String text, int size, boolean bold) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontSize(size);
        r.setText(text == null ? "" : text);
        r.addBreak(BreakType.TEXT_WRAPPING);
    }

    /** Paragraph texts of a generated HTML fragment. */
    static List<String> text(String html) {
        List<String> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        String s = html.replaceAll("<br\\s*/?>", " ").replaceAll("</(p|li|div)>", "\n").replaceAll("<li>", "• ")
                .replaceAll("<[^>]+>", "");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
