package id.sakip.reporting.render;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as DOCX for units that finish it in Word: a styles part (headings that feed the navigation pane and
 * the table of contents), updatable TOC fields for contents, tables and figures, A4 pages with the PDF's margins,
 * front matter numbered i, ii, iii and the chapters 1, 2, 3 in the footer, charts as pictures, table header rows
 * repeated on every page, and real numbered lists.
 */
@ApplicationScoped
public class DocxRenderer {

    /** Figures are printed 16 cm wide. */
    private static final double FIGURE_WIDTH_CM = 16;

    public byte[] render(Doc.Document doc) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxParts.styles(d);
            Writer w = new Writer(d, DocxParts.lists(d));
            cover(d, doc);
            sectionBreak(d, STNumberFormat.DECIMAL, null, false);

            List<Doc.Chapter> front = new ArrayList<>();
            List<Doc.Chapter> body = new ArrayList<>();
            for (Doc.Chapter ch : doc.chapters()) {
                (body.isEmpty() && ch.label().isEmpty() ? front : body).add(ch);
            }
            boolean first = true;
            for (Doc.Chapter ch : front.stream().filter(c -> c.id().equals("kata-pengantar")).toList()) {
                w.chapter(ch, !first);
                first = false;
            }
            list(d, "DAFTAR ISI", "TOC \\o \"1-3\" \\h \\z \\u", !first);
            list(d, "DAFTAR TABEL", "TOC \\h \\z \\t \"Caption,1\"", true);
            list(d, "DAFTAR GAMBAR", "TOC \\h \\z \\t \"" + DocxParts.FIGURE_CAPTION_NAME + ",1\"", true);
            for (Doc.Chapter ch : front.stream().filter(c -> !c.id().equals("kata-pengantar")).toList()) {
                w.chapter(ch, true);
            }
            sectionBreak(d, STNumberFormat.LOWER_ROMAN, 1, true);

            first = true;
            for (Doc.Chapter ch : body) {
                w.chapter(ch, !first);
                first = false;
            }
            CTSectPr last = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                    : d.getDocument().getBody().addNewSectPr();
            DocxParts.a4(last, STNumberFormat.DECIMAL, 1);
            XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(d, last);
            XWPFHeader header = policy.createHeader(STHdrFtr.DEFAULT);
            XWPFParagraph hp = header.getParagraphArray(0) == null ? header.createParagraph() : header.getParagraphArray(0);
            hp.setStyle("Header");
            hp.createRun().setText("LKjIP " + doc.cover().unitName() + " Tahun " + doc.cover().year());
            pageNumberFooter(policy.createFooter(STHdrFtr.DEFAULT));
            d.enforceUpdateFields();
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the DOCX", e);
        }
    }

    private static void cover(XWPFDocument d, Doc.Document doc) {
        spacer(d, 2400);
        styled(d, DocxParts.TITLE, "LKjIP");
        styled(d, DocxParts.TITLE, "Laporan Kinerja Instansi Pemerintah").getRuns().get(0).setFontSize(14);
        spacer(d, 1200);
        styled(d, DocxParts.TITLE, doc.cover().unitName()).getRuns().get(0).setFontSize(16);
        styled(d, DocxParts.TITLE, "TAHUN " + doc.cover().year()).getRuns().get(0).setFontSize(28);
        spacer(d, 1200);
        if (doc.cover().address() != null) {
            styled(d, "Footer", doc.cover().address());
        }
        if (doc.cover().email() != null) {
            styled(d, "Footer", "Pos-el: " + doc.cover().email());
        }
        if (!"PUBLISHED".equals(doc.status())) {
            XWPFParagraph p = styled(d, "Footer", doc.statusLabel() + ": belum diterbitkan");
            p.getRuns().get(0).setColor("C00000");
        }
    }

    private static void list(XWPFDocument d, String title, String instruction, boolean pageBreak) {
        XWPFParagraph h = styled(d, "Heading1", title);
        h.setPageBreak(pageBreak);
        // Not an outline level: the lists themselves are not entries of the table of contents.
        h.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(9));
        DocxParts.field(d.createParagraph(), instruction, "Perbarui kolom ini (klik kanan, Update Field) untuk menyusun " + title.toLowerCase() + ".");
    }

    /** Ends the current section: the properties go on an empty last paragraph, as Word does. */
    private static void sectionBreak(XWPFDocument d, STNumberFormat.Enum format, Integer start, boolean footer) {
        XWPFParagraph p = d.createParagraph();
        CTSectPr sect = p.getCTP().addNewPPr().addNewSectPr();
        DocxParts.a4(sect, format, start);
        if (footer) {
            pageNumberFooter(new XWPFHeaderFooterPolicy(d, sect).createFooter(STHdrFtr.DEFAULT));
        } else {
            // A section without its own footer would inherit none here, but Word copies the next one: say "none".
            new XWPFHeaderFooterPolicy(d, sect).createFooter(STHdrFtr.DEFAULT);
        }
    }

    private static void pageNumberFooter(XWPFFooter footer) {
        XWPFParagraph p = footer.getParagraphArray(0) == null ? footer.createParagraph() : footer.getParagraphArray(0);
        p.setStyle("Footer");
        DocxParts.field(p, "PAGE", "1");
    }

    private static void spacer(XWPFDocument d, int twips) {
        XWPFParagraph p = d.createParagraph();
        p.setSpacingBefore(twips);
    }

    private static XWPFParagraph styled(XWPFDocument d, String style, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text == null ? "" : text);
        return p;
    }

    /** Writes chapters into one document, keeping the numbering of lists. */
    private static final class Writer {
        private final XWPFDocument d;
        private final DocxParts.Lists lists;

        Writer(XWPFDocument d, DocxParts.Lists lists) {
            this.d = d;
            this.lists = lists;
        }

        void chapter(Doc.Chapter ch, boolean pageBreak) {
            XWPFParagraph p = d.createParagraph();
            p.setStyle("Heading1");
            p.setPageBreak(pageBreak && ch.pageBreak());
            XWPFRun run = p.createRun();
            if (!ch.label().isEmpty()) {
                run.setText(ch.label());
                run.addBreak();
            }
            p.createRun().setText(ch.title());
            for (Doc.Section s : ch.sections()) {
                if (s.title() != null) {
                    styled(d, s.level() <= 2 ? "Heading2" : "Heading3", s.title());
                }
                for (Doc.Block b : s.blocks()) {
                    switch (b.kind()) {
                        case "html" -> html(b.html());
                        case "table" -> table(b.table());
                        default -> figure(b.figure());
                    }
                }
            }
        }

        private void figure(Doc.Figure f) {
            int[] size = ChartImages.size(f.svg());
            XWPFParagraph p = d.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setKeepNext(true);
            double widthPt = FIGURE_WIDTH_CM / 2.54 * 72;
            double heightPt = widthPt * size[1] / size[0];
            try {
                p.createRun().addPicture(new ByteArrayInputStream(ChartImages.png(f.svg(), size[0])), Document.PICTURE_TYPE_PNG,
                        f.id() + ".png", Units.toEMU(widthPt), Units.toEMU(heightPt));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
                throw new UncheckedIOException(new IOException("Cannot place " + f.caption(), e));
            }
            styled(d, DocxParts.FIGURE_CAPTION, f.caption());
        }

        private void table(Doc.Table t) {
            styled(d, DocxParts.TABLE_CAPTION, t.caption());
            int cols = 1;
            for (List<Doc.Cell> hr : t.head()) {
                cols = Math.max(cols, hr.stream().mapToInt(c -> Math.max(1, c.colspan())).sum());
            }
            for (Doc.Row r : t.rows()) {
                cols = Math.max(cols, r.cells().stream().mapToInt(c -> Math.max(1, c.colspan())).sum());
            }
            XWPFTable table = d.createTable(1, cols);
            table.setTableAlignment(TableRowAlign.CENTER);
            CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                    : table.getCTTbl().getTblPr().addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(DocxParts.textWidthTwips()));
            boolean firstRow = true;
            for (List<Doc.Cell> hr : t.head()) {
                XWPFTableRow row = firstRow ? table.getRow(0) : table.createRow();
                firstRow = false;
                row.setRepeatHeader(true);
                row.setCantSplitRow(true);
                fill(row, hr, true, cols, t.wide());
            }
            for (Doc.Row r : t.rows()) {
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                fill(row, r.cells(), r.strong(), cols, t.wide());
            }
            for (String n : t.notes()) {
                styled(d, DocxParts.TABLE_TEXT, n).getRuns().get(0).setFontSize(8);
            }
            d.createParagraph();
        }

        private void fill(XWPFTableRow row, List<Doc.Cell> cells, boolean headOrStrong, int cols, boolean wide) {
            boolean head = row.isRepeatHeader();
            int col = 0;
            int index = 0;
            for (Doc.Cell c : cells) {
                if (col >= cols) {
                    break;
                }
                XWPFTableCell cell = row.getCell(index);
                if (cell == null) {
                    cell = row.addNewTableCell();
                }
                int span = Math.max(1, Math.min(c.colspan(), cols - col));
                if (span > 1) {
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                    // The cells the span covers were created with the row: remove them so the grid stays right.
                    for (int k = 1; k < span && row.getCell(index + 1) != null; k++) {
                        row.removeCell(index + 1);
                    }
                }
                if (head) {
                    cell.setColor(DocxParts.BLUE);
                } else if (headOrStrong) {
                    cell.setColor("DEEAF6");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(head ? DocxParts.TABLE_HEAD : DocxParts.TABLE_TEXT);
                if (!head) {
                    p.setAlignment(c.numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                }
                XWPFRun run = p.createRun();
                run.setBold(headOrStrong || c.strong());
                if (wide) {
                    run.setFontSize(8);
                }
                run.setText(c.text());
                col += span;
                index++;
            }
            // a row whose cells fill the grid keeps no empty cell the spans pushed past its end
            while (col >= cols && row.getTableCells().size() > index) {
                row.removeCell(index);
            }
        }

        /** The generated XHTML of a block: paragraphs with bold and italic runs, numbered and bullet lists. */
        private void html(String html) {
            Element root;
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                root = factory.newDocumentBuilder().parse(new InputSource(new StringReader("<div>" + html.replace("&nbsp;", "\u00a0")
                        + "</div>"))).getDocumentElement();
            } catch (Exception e) {
                styled(d, "Normal", html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
                return;
            }
            blocks(root, 0);
        }

        private void blocks(Element parent, int level) {
            XWPFParagraph loose = null;
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                String tag = n instanceof Element e ? e.getTagName() : "";
                switch (tag) {
                    case "p", "h4", "h5" -> {
                        Element e = (Element) n;
                        XWPFParagraph p = d.createParagraph();
                        String cls = e.getAttribute("class");
                        if (cls.contains("formula")) {
                            p.setIndentationLeft(454);
                            p.setAlignment(ParagraphAlignment.LEFT);
                        } else if (cls.contains("signname")) {
                            p.setSpacingBefore(1200);
                        }
                        inline(p, e, tag.startsWith("h") || cls.contains("sub") || cls.contains("signname"), false);
                        loose = null;
                    }
                    case "ul", "ol" -> {
                        BigInteger num = lists.newList(tag.equals("ol"));
                        for (Node li = n.getFirstChild(); li != null; li = li.getNextSibling()) {
                            if (li instanceof Element item && item.getTagName().equals("li")) {
                                XWPFParagraph p = d.createParagraph();
                                p.setNumID(num);
                                p.setNumILvl(BigInteger.valueOf(Math.min(level, 2)));
                                p.setAlignment(ParagraphAlignment.LEFT);
                                inline(p, item, false, false);
                                for (Node sub = item.getFirstChild(); sub != null; sub = sub.getNextSibling()) {
                                    if (sub instanceof Element se && (se.getTagName().equals("ul") || se.getTagName().equals("ol"))) {
                                        Element wrapper = se.getOwnerDocument().createElement("div");
                                        wrapper.appendChild(se.cloneNode(true));
                                        blocks(wrapper, level + 1);
                                    }
                                }
                            }
                        }
                        loose = null;
                    }
                    case "div", "section", "blockquote" -> {
                        Element e = (Element) n;
                        if (e.getAttribute("class").contains("signature")) {
                            signature(e);
                        } else {
                            blocks(e, level);
                        }
                        loose = null;
                    }
                    default -> {
                        if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
                            continue;
                        }
                        if (loose == null) {
                            loose = d.createParagraph();
                        }
                        if (n instanceof Element e) {
                            inline(loose, e, tag.equals("strong") || tag.equals("b"), tag.equals("em") || tag.equals("i"));
                        } else {
                            loose.createRun().setText(n.getTextContent());
                        }
                    }
                }
            }
        }

        private void signature(Element div) {
            for (Node n = div.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    XWPFParagraph p = d.createParagraph();
                    p.setIndentationLeft(5103);
                    p.setAlignment(ParagraphAlignment.LEFT);
                    if (e.getAttribute("class").contains("signname")) {
                        p.setSpacingBefore(1200);
                    }
                    inline(p, e, e.getAttribute("class").contains("signname"), false);
                }
            }
        }

        /** Text runs of an element; nested lists are written by the caller. */
        private void inline(XWPFParagraph p, Element e, boolean bold, boolean italic) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    String tag = child.getTagName();
                    switch (tag) {
                        case "ul", "ol" -> {
                        }
                        case "br" -> p.createRun().addBreak();
                        case "sup", "sub" -> {
                            XWPFRun r = p.createRun();
                            r.setSubscript(tag.equals("sup") ? org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT
                                    : org.apache.poi.xwpf.usermodel.VerticalAlign.SUBSCRIPT);
                            r.setText(child.getTextContent());
                        }
                        default -> inline(p, child, bold || tag.equals("strong") || tag.equals("b"),
                                italic || tag.equals("em") || tag.equals("i"));
                    }
                } else if (n.getNodeType() == Node.TEXT_NODE) {
                    String text = n.getTextContent().replaceAll("\\s+", " ");
                    if (!text.isEmpty()) {
                        XWPFRun r = p.createRun();
                        r.setBold(bold);
                        r.setItalic(italic);
                        r.setText(text);
                    }
                }
            }
        }
    }
}
