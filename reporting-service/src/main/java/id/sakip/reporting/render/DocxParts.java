package id.sakip.reporting.render;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The parts of a DOCX that make Word treat it as a real document rather than formatted text: the styles part
 * (Normal, Heading 1-3 with outline levels for the navigation pane and the table of contents, Caption, table text),
 * the numbering part (decimal and bullet lists), fields (TOC, PAGE) and A4 sections with the PDF's margins.
 */
final class DocxParts {

    static final String FONT = "Arial";
    static final String BLUE = "1F4E79";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEAD = "TableHeading";
    static final String TABLE_CAPTION = "Caption";
    static final String FIGURE_CAPTION = "FigureCaption";
    static final String FIGURE_CAPTION_NAME = "Figure Caption";
    static final String TITLE = "Title";

    /** 1 cm in twentieths of a point. */
    private static final int CM = 567;

    private DocxParts() {
    }

    static void styles(XWPFDocument d) {
        XWPFStyles styles = d.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        add(styles, paragraphStyle("Normal", "Normal", null, 11, false, null, STJc.BOTH, 0, 120, null));
        add(styles, paragraphStyle(TITLE, "Title", "Normal", 24, true, BLUE, STJc.CENTER, 0, 240, null));
        add(styles, paragraphStyle("Heading1", "heading 1", "Normal", 14, true, BLUE, STJc.CENTER, 0, 360, 0));
        add(styles, paragraphStyle("Heading2", "heading 2", "Normal", 12, true, BLUE, STJc.LEFT, 240, 120, 1));
        add(styles, paragraphStyle("Heading3", "heading 3", "Normal", 11, true, null, STJc.LEFT, 200, 100, 2));
        add(styles, paragraphStyle(TABLE_CAPTION, "caption", "Normal", 10, true, null, STJc.CENTER, 200, 80, null));
        add(styles, paragraphStyle(FIGURE_CAPTION, FIGURE_CAPTION_NAME, TABLE_CAPTION, 10, true, null, STJc.CENTER, 80, 200, null));
        add(styles, paragraphStyle(TABLE_TEXT, "Table Text", "Normal", 9, false, null, STJc.LEFT, 0, 0, null));
        add(styles, paragraphStyle(TABLE_HEAD, "Table Heading", TABLE_TEXT, 9, true, "FFFFFF", STJc.CENTER, 0, 0, null));
        add(styles, paragraphStyle("TOC1", "toc 1", "Normal", 11, false, null, STJc.LEFT, 60, 0, null));
        add(styles, paragraphStyle("TOC2", "toc 2", "Normal", 11, false, null, STJc.LEFT, 0, 0, null));
        add(styles, paragraphStyle("TOC3", "toc 3", "Normal", 10, false, null, STJc.LEFT, 0, 0, null));
        add(styles, paragraphStyle("Header", "header", "Normal", 8, false, "7F7F7F", STJc.RIGHT, 0, 0, null));
        add(styles, paragraphStyle("Footer", "footer", "Normal", 9, false, "404040", STJc.CENTER, 0, 0, null));
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** A paragraph style; sizes in points, spacing in twentieths of a point; {@code outline} is 0-based or null. */
    private static CTStyle paragraphStyle(String id, String name, String basedOn, int size, boolean bold, String color,
                                          STJc.Enum align, int before, int after, Integer outline) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        } else {
            s.setDefault(true);
        }
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        p.addNewJc().setVal(align);
        CTSpacing spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(id.startsWith("Table") ? 240 : 276));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        if (outline != null) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.addNewKeepNext();
            p.addNewKeepLines();
        }
        if (id.equals(TABLE_CAPTION)) {
            p.addNewKeepNext();
        }
        CTRPr r = s.addNewRPr();
        r.addNewSz().setVal(BigInteger.valueOf(size * 2L));
        r.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
        if (bold) {
            r.addNewB();
        }
        if (color != null) {
            r.addNewColor().setVal(color);
        }
        r.addNewLang().setVal("id-ID");
        return s;
    }

    /** The numbering part with one decimal list ("1.", "a.", "1)") and one bullet list; returns their abstract ids. */
    static Lists lists(XWPFDocument d) {
        XWPFNumbering numbering = d.createNumbering();
        BigInteger decimal = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(0, false)));
        BigInteger bullet = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(1, true)));
        return new Lists(numbering, decimal, bullet);
    }

    /** Abstract lists; every list of the report restarts at 1, so each gets its own num of the abstract. */
    record Lists(XWPFNumbering numbering, BigInteger decimal, BigInteger bullet) {

        BigInteger newList(boolean ordered) {
            return numbering.addNum(ordered ? decimal : bullet);
        }
    }

    private static CTAbstractNum abstractNum(int id, boolean bullet) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(id));
        String[] decimalText = {"%1.", "%2.", "%3)"};
        STNumberFormat.Enum[] decimalFormat = {STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER, STNumberFormat.DECIMAL};
        String[] bullets = {"•", "–", "•"};
        for (int level = 0; level < 3; level++) {
            CTLvl lvl = a.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : decimalFormat[level]);
            lvl.addNewLvlText().setVal(bullet ? bullets[level] : decimalText[level]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(360L * (level + 1) + 360));
            ind.setHanging(BigInteger.valueOf(360));
        }
        return a;
    }

    /** A field (TOC, PAGE…) as begin / instruction / separate / placeholder / end runs, so Word can update it. */
    static void field(XWPFParagraph p, String instruction, String placeholder) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        var text = instr.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(placeholder);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A4 portrait with the PDF's margins (2,2 / 2 / 2,2 / 2,2 cm); page numbers in {@code format} from {@code start}. */
    static void a4(CTSectPr sect, STNumberFormat.Enum format, Integer start) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Math.round(2.2 * CM)));
        mar.setBottom(BigInteger.valueOf(Math.round(2.2 * CM)));
        mar.setLeft(BigInteger.valueOf(Math.round(2.2 * CM)));
        mar.setRight(BigInteger.valueOf(2 * CM));
        mar.setHeader(BigInteger.valueOf(Math.round(1.1 * CM)));
        mar.setFooter(BigInteger.valueOf(Math.round(1.1 * CM)));
        mar.setGutter(BigInteger.ZERO);
        var pg = sect.isSetPgNumType() ? sect.getPgNumType() : sect.addNewPgNumType();
        pg.setFmt(format);
        if (start != null) {
            pg.setStart(BigInteger.valueOf(start));
        }
    }

    /** The usable text width in twentieths of a point (A4 minus the side margins). */
    static int textWidthTwips() {
        return 11906 - (int) Math.round(2.2 * CM) - 2 * CM;
    }
}
