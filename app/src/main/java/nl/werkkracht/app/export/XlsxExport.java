package nl.werkkracht.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link ExportTable}s as an Excel workbook (Office Open XML), one sheet per table.
 *
 * <p>Each sheet starts with the column headings in bold on row 1 (frozen, with a filter), so the sheet
 * reads straight into a statistics tool; the rows follow. Numbers are numeric cells holding the full
 * {@code double} (the spreadsheet decides how many decimals it shows); a null cell (missing or
 * suppressed) is left empty, never 0. Under the table, after one empty row, come the title in bold and
 * the notes, one per row in column A. Column widths follow the longest heading or value, between 8 and
 * 60 characters, computed from the text rather than with POI's auto-size, which needs AWT fonts a
 * server may not have.
 */
final class XlsxExport {

    /** Narrowest and widest column, in characters. */
    static final int MIN_WIDTH = 8;

    static final int MAX_WIDTH = 60;

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private XlsxExport() {}

    /** A workbook with one sheet per table, in order; sheet names are the titles, made valid and unique. */
    static byte[] write(List<ExportTable> tables) {
        try (var workbook = new XSSFWorkbook()) {
            var styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (ExportTable table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
                fill(sheet, table, styles);
            }
            if (!tables.isEmpty()) {
                workbook.getProperties()
                        .getCoreProperties()
                        .setTitle(tables.get(0).title());
            }
            workbook.getProperties().getCoreProperties().setCreator("Werkkracht");
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private record Styles(CellStyle header, CellStyle title) {
        Styles(XSSFWorkbook workbook) {
            this(bold(workbook, true), bold(workbook, false));
        }

        private static CellStyle bold(XSSFWorkbook workbook, boolean border) {
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            if (border) {
                style.setBorderBottom(BorderStyle.THIN);
            }
            return style;
        }
    }

    private static void fill(Sheet sheet, ExportTable table, Styles styles) {
        int columns = table.columns().size();
        int[] widths = new int[columns];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(text(table.columns().get(c)));
            cell.setCellStyle(styles.header());
            widths[c] = width(table.columns().get(c));
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                Object value = values.get(c);
                set(row, c, value);
                widths[c] = Math.max(widths[c], width(value));
            }
        }
        if (columns > 0) {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
        }
        r++;
        Cell title = sheet.createRow(r++).createCell(0);
        title.setCellValue(text(table.title()));
        title.setCellStyle(styles.title());
        for (String note : table.notes()) {
            sheet.createRow(r++).createCell(0).setCellValue(text(note));
        }
        for (int c = 0; c < columns; c++) {
            int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /** Numbers as numeric cells, text as text, null (and NaN) as no cell at all. */
    private static void set(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
            if (Double.isFinite(d)) {
                row.createCell(column).setCellValue(d);
            }
            return;
        }
        row.createCell(column).setCellValue(text(value.toString()));
    }

    private static int width(Object value) {
        if (value == null) {
            return 0;
        }
        String text = value instanceof Number n
                ? ShownNumbers.rounded(n, null).map(BigDecimal::toPlainString).orElse("")
                : value.toString();
        return Math.min(text.length(), MAX_WIDTH);
    }

    /** A cell holds at most 32,767 characters. */
    private static String text(String value) {
        return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT - 1) + "…";
    }

    /** A valid sheet name (at most 31 characters, none of {@code []:*?/\}), unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.isBlank() ? "Tabel" : title, '-');
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
