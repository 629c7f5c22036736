package id.sakip.reporting.render;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every table of the report in an XLSX workbook: one sheet per table, numbers as numbers with Indonesian formats. */
@ApplicationScoped
public class XlsxRenderer {

    public byte[] render(String title, List<Doc.Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DataFormat df = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle text = wb.createCellStyle();
            text.setWrapText(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(df.getFormat("#,##0"));
            CellStyle moneyBold = wb.createCellStyle();
            moneyBold.setDataFormat(df.getFormat("#,##0"));
            moneyBold.setFont(bold);
            CellStyle dec = wb.createCellStyle();
            dec.setDataFormat(df.getFormat("0.00"));
            CellStyle decBold = wb.createCellStyle();
            decBold.setDataFormat(df.getFormat("0.00"));
            decBold.setFont(bold);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(df.getFormat("0.00\"%\""));
            CellStyle pctBold = wb.createCellStyle();
            pctBold.setDataFormat(df.getFormat("0.00\"%\""));
            pctBold.setFont(bold);
            Set<String> names = new HashSet<>();
            for (Doc.Table t : tables) {
                String name = WorkbookUtil.createSafeSheetName(t.sheetName());
                for (int k = 2; names.contains(name); k++) {
                    name = WorkbookUtil.createSafeSheetName(t.sheetName() + " (" + k + ")");
                }
                names.add(name);
                Sheet sheet = wb.createSheet(name);
                Row caption = sheet.createRow(0);
                Cell c0 = caption.createCell(0);
                c0.setCellValue(t.caption());
                c0.setCellStyle(head);
                int r = 2;
                int maxCols = 1;
                for (List<Doc.Cell> hr : t.head()) {
                    Row row = sheet.createRow(r);
                    int col = 0;
                    for (Doc.Cell c : hr) {
                        Cell cell = row.createCell(col);
                        cell.setCellValue(c.text());
                        cell.setCellStyle(head);
                        if (c.colspan() > 1) {
                            sheet.addMergedRegion(new CellRangeAddress(r, r, col, col + c.colspan() - 1));
                        }
                        col += Math.max(1, c.colspan());
                    }
                    maxCols = Math.max(maxCols, col);
                    r++;
                }
                for (Doc.Row dr : t.rows()) {
                    Row row = sheet.createRow(r);
                    int col = 0;
                    for (Doc.Cell c : dr.cells()) {
                        Cell cell = row.createCell(col);
                        boolean strong = c.strong() || dr.strong();
                        if (c.number() != null) {
                            cell.setCellValue(c.number().doubleValue());
                            cell.setCellStyle(switch (c.kind()) {
                                case "money", "integer" -> strong ? moneyBold : money;
                                case "percent" -> strong ? pctBold : pct;
                                default -> strong ? decBold : dec;
                            });
                        } else {
                            cell.setCellValue(c.text());
                            cell.setCellStyle(strong ? head : text);
                        }
                        if (c.colspan() > 1) {
                            sheet.addMergedRegion(new CellRangeAddress(r, r, col, col + c.colspan() - 1));
                        }
                        col += Math.max(1, c.colspan());
                    }
                    maxCols = Math.max(maxCols, col);
                    r++;
                }
                sheet.setColumnWidth(0, 50 * 256);
                for (int i = 1; i < maxCols; i++) {
                    sheet.setColumnWidth(i, 20 * 256);
                }
            }
            if (tables.isEmpty()) {
                wb.createSheet(WorkbookUtil.createSafeSheetName(title));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the XLSX", e);
        }
    }
}
