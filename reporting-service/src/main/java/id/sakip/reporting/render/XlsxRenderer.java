package id.sakip.reporting.render;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The report's tables and charts as an XLSX workbook to calculate with: an index sheet first, then one sheet per
 * table with numbers stored as numbers (percentages as fractions with a % format, years as numbers), totals as
 * SUM formulas where the printed total is the sum of its column, frozen headers, filters and fitted columns; and one
 * sheet per chart with its data and a native chart.
 */
@ApplicationScoped
public class XlsxRenderer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Years and row numbers; longer digit strings are codes (accounts, units) and stay text. */
    private static final Pattern SMALL_INTEGER = Pattern.compile("\\d{1,4}");

    public byte[] render(Doc.Document doc) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            XSSFSheet index = wb.createSheet("Daftar Isi");
            Set<String> names = new HashSet<>();
            names.add("Daftar Isi");
            List<String[]> entries = new ArrayList<>();
            for (Doc.Table t : doc.tables()) {
                String name = unique(names, t.sheetName());
                table(wb.createSheet(name), t, st);
                entries.add(new String[]{name, t.caption()});
            }
            for (Doc.Figure f : doc.figures()) {
                if (f.chart() != null) {
                    String name = unique(names, "Gambar " + f.number());
                    chart(wb.createSheet(name), f, st);
                    entries.add(new String[]{name, f.caption()});
                }
            }
            index(wb, index, doc, entries, st);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the XLSX", e);
        }
    }

    private static String unique(Set<String> names, String wanted) {
        String name = WorkbookUtil.createSafeSheetName(wanted);
        for (int k = 2; names.contains(name); k++) {
            name = WorkbookUtil.createSafeSheetName(wanted + " (" + k + ")");
        }
        names.add(name);
        return name;
    }

    private static void index(XSSFWorkbook wb, XSSFSheet sheet, Doc.Document doc, List<String[]> entries, Styles st) {
        cell(sheet.createRow(0), 0, doc.title(), st.title);
        Row sub = sheet.createRow(1);
        cell(sub, 0, doc.cover().unitName() + " · Tahun " + doc.cover().year()
                + ("PUBLISHED".equals(doc.status()) ? "" : " · " + doc.status() + ": belum diterbitkan"), st.text);
        Row head = sheet.createRow(3);
        cell(head, 0, "Lembar", st.head);
        cell(head, 1, "Isi", st.head);
        int r = 4;
        for (String[] e : entries) {
            Row row = sheet.createRow(r++);
            Cell link = cell(row, 0, e[0], st.link);
            XSSFHyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + e[0].replace("'", "''") + "'!A1");
            link.setHyperlink(h);
            cell(row, 1, e[1], st.text);
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        sheet.createFreezePane(0, 4);
        wb.setSheetOrder(sheet.getSheetName(), 0);
        wb.setActiveSheet(0);
    }

    private static void table(XSSFSheet sheet, Doc.Table t, Styles st) {
        int cols = 1;
        for (List<Doc.Cell> hr : t.head()) {
            cols = Math.max(cols, width(hr));
        }
        for (Doc.Row dr : t.rows()) {
            cols = Math.max(cols, width(dr.cells()));
        }
        int[] widths = new int[cols];
        cell(sheet.createRow(0), 0, t.caption(), st.title);
        int r = 2;
        for (List<Doc.Cell> hr : t.head()) {
            Row row = sheet.createRow(r);
            int col = 0;
            for (Doc.Cell c : hr) {
                cell(row, col, c.text(), st.head);
                for (int k = 1; k < c.colspan(); k++) {
                    cell(row, col + k, "", st.head);
                }
                merge(sheet, r, col, c.colspan());
                widths[col] = Math.max(widths[col], Math.min(30, length(c.text()) / Math.max(1, c.colspan())));
                col += Math.max(1, c.colspan());
            }
            r++;
        }
        int firstData = r;
        int groupStart = r;
        for (Doc.Row dr : t.rows()) {
            Row row = sheet.createRow(r);
            int col = 0;
            for (Doc.Cell c : dr.cells()) {
                boolean strong = c.strong() || dr.strong();
                value(sheet, row, col, c, strong, dr.strong() ? groupStart : -1, st);
                for (int k = 1; k < c.colspan(); k++) {
                    cell(row, col + k, "", strong ? st.strongText : st.text);
                }
                merge(sheet, r, col, c.colspan());
                if (c.colspan() <= 1) {
                    widths[col] = Math.max(widths[col], length(c.text()));
                }
                col += Math.max(1, c.colspan());
            }
            r++;
            if (dr.strong()) {
                groupStart = r;
            }
        }
        int noteRow = r + 1;
        for (String n : t.notes()) {
            cell(sheet.createRow(noteRow++), 0, n, st.note);
        }
        sheet.createFreezePane(0, firstData);
        if (r > firstData) {
            sheet.setAutoFilter(new CellRangeAddress(firstData - 1, r - 1, 0, cols - 1));
        }
        for (int i = 0; i < cols; i++) {
            sheet.setColumnWidth(i, Math.max(10, Math.min(60, widths[i] + 3)) * 256);
        }
    }

    /**
     * A data cell. Numbers are stored as numbers; in a total row ({@code sumFrom} ≥ 0) a money or count that equals
     * the sum of its column since the previous total becomes a SUM formula, so the sheet recomputes when a figure is
     * corrected; a total that does not equal that sum stays the printed value.
     */
    private static void value(XSSFSheet sheet, Row row, int col, Doc.Cell c, boolean strong, int sumFrom, Styles st) {
        BigDecimal n = c.number();
        if (n == null && c.text() != null && SMALL_INTEGER.matcher(c.text().strip()).matches()) {
            cell(row, col, new BigDecimal(c.text().strip()), strong ? st.strongInteger : st.integer);
            return;
        }
        if (n == null) {
            cell(row, col, c.text() == null || "null".equals(c.text()) ? "" : c.text(), strong ? st.strongText : st.text);
            return;
        }
        switch (c.kind()) {
            case "percent" -> cell(row, col, n.divide(HUNDRED, n.scale() + 2, RoundingMode.UNNECESSARY), strong ? st.strongPercent : st.percent);
            case "money", "integer" -> {
                Cell cell = cell(row, col, n, strong ? st.strongInteger : st.integer);
                if (sumFrom >= 0 && sumFrom < row.getRowNum() && n.equals(columnSum(sheet, col, sumFrom, row.getRowNum()))) {
                    String column = CellReference.convertNumToColString(col);
                    cell.setCellFormula("SUM(" + column + (sumFrom + 1) + ":" + column + row.getRowNum() + ")");
                }
            }
            default -> cell(row, col, n, strong ? st.strongDecimal : st.decimal);
        }
    }

    private static BigDecimal columnSum(Sheet sheet, int col, int from, int to) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (int r = from; r < to; r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(col);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                sum = sum.add(BigDecimal.valueOf(c.getNumericCellValue()));
                any = true;
            }
        }
        return any ? sum.setScale(0, RoundingMode.HALF_UP) : null;
    }

    /** The chart's data on its sheet, and the chart drawn from it. */
    private static void chart(XSSFSheet sheet, Doc.Figure f, Styles st) {
        ChartRenderer.Chart c = f.chart();
        cell(sheet.createRow(0), 0, f.caption(), st.title);
        Row head = sheet.createRow(2);
        cell(head, 0, c.kind() == ChartRenderer.Kind.LINE ? "Tahun" : "Uraian", st.head);
        List<ChartRenderer.Series> series = new ArrayList<>(c.series());
        if (c.target() != null) {
            series.add(new ChartRenderer.Series("Target", c.labels().stream().map(l -> c.target()).toList()));
        }
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s).name();
            cell(head, s + 1, name == null || name.isBlank() ? (c.percent() ? "Capaian" : "Nilai") : name, st.head);
        }
        for (int i = 0; i < c.labels().size(); i++) {
            Row row = sheet.createRow(3 + i);
            String label = c.labels().get(i);
            if (SMALL_INTEGER.matcher(label).matches()) {
                cell(row, 0, new BigDecimal(label), st.integer);
            } else {
                cell(row, 0, label, st.text);
            }
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = i < series.get(s).values().size() ? series.get(s).values().get(i) : null;
                if (v != null) {
                    cell(row, s + 1, c.percent() ? v.divide(HUNDRED, v.scale() + 2, RoundingMode.UNNECESSARY) : v,
                            c.percent() ? st.percent : st.integer);
                }
            }
        }
        sheet.setColumnWidth(0, 50 * 256);
        for (int s = 0; s < series.size(); s++) {
            sheet.setColumnWidth(s + 1, 18 * 256);
        }
        int last = 3 + Math.max(0, c.labels().size() - 1);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 8, last + 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(f.caption());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(c.kind() == ChartRenderer.Kind.HORIZONTAL_BAR ? AxisPosition.LEFT
                : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(c.kind() == ChartRenderer.Kind.HORIZONTAL_BAR ? AxisPosition.BOTTOM
                : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(3, last, 0, 0));
        int plotted = c.series().size();
        XDDFChartData data = chart.createData(c.kind() == ChartRenderer.Kind.LINE ? ChartTypes.LINE : ChartTypes.BAR,
                categories, values);
        for (int s = 0; s < plotted; s++) {
            XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(3, last, s + 1, s + 1));
            XDDFChartData.Series ser = data.addSeries(x, y);
            ser.setTitle(sheet.getRow(2).getCell(s + 1).getStringCellValue(), new CellReference(sheet.getSheetName(), 2, s + 1, true, true));
            if (ser instanceof XDDFLineChartData.Series line) {
                line.setMarkerStyle(new MarkerStyle[]{MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE,
                        MarkerStyle.DIAMOND}[s % 4]);
                line.setSmooth(false);
            }
        }
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(c.kind() == ChartRenderer.Kind.HORIZONTAL_BAR ? BarDirection.BAR : BarDirection.COL);
            bars.setVaryColors(false);
        }
        chart.plot(data);
        if (c.target() != null) {
            XDDFLineChartData target = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
            XDDFChartData.Series ser = target.addSeries(x, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(3, last, plotted + 1, plotted + 1)));
            ser.setTitle("Target", new CellReference(sheet.getSheetName(), 2, plotted + 1, true, true));
            ((XDDFLineChartData.Series) ser).setMarkerStyle(MarkerStyle.NONE);
            target.setVaryColors(false);
            chart.plot(target);
        }
    }

    private static int width(List<Doc.Cell> cells) {
        return cells.stream().mapToInt(c -> Math.max(1, c.colspan())).sum();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static void merge(Sheet sheet, int r, int col, int colspan) {
        if (colspan > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, col, col + colspan - 1));
        }
    }

    private static Cell cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text == null ? "" : text);
        c.setCellStyle(style);
        return c;
    }

    private static Cell cell(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value.doubleValue());
        c.setCellStyle(style);
        return c;
    }

    /** The workbook's cell styles, made once (a workbook holds at most 64 000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle text;
        final CellStyle strongText;
        final CellStyle link;
        final CellStyle note;
        final CellStyle integer;
        final CellStyle strongInteger;
        final CellStyle decimal;
        final CellStyle strongDecimal;
        final CellStyle percent;
        final CellStyle strongPercent;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font white = wb.createFont();
            white.setBold(true);
            white.setColor(IndexedColors.WHITE.getIndex());
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 12);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            title = wb.createCellStyle();
            title.setFont(big);
            note = wb.createCellStyle();
            link = wb.createCellStyle();
            link.setFont(blue);
            head = bordered(wb, null, white);
            head.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(wb, null, null);
            strongText = strong(bordered(wb, null, bold));
            integer = bordered(wb, "#,##0", null);
            strongInteger = strong(bordered(wb, "#,##0", bold));
            decimal = bordered(wb, "#,##0.00", null);
            strongDecimal = strong(bordered(wb, "#,##0.00", bold));
            percent = bordered(wb, "0.00%", null);
            strongPercent = strong(bordered(wb, "0.00%", bold));
        }

        private static CellStyle bordered(XSSFWorkbook wb, String format, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(format == null);
            if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            if (font != null) {
                s.setFont(font);
            }
            return s;
        }

        private static CellStyle strong(CellStyle s) {
            s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }
    }
}
