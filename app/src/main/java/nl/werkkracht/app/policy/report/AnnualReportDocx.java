package nl.werkkracht.app.policy.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportSection;
import nl.werkkracht.app.export.ExportSection.Block;
import nl.werkkracht.app.export.ExportTable;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes an {@link ExportPage} as a Word document (Office Open XML, Apache POI XWPF), so that policy staff can
 * edit the annual report: the title, the sections as headings, paragraphs, bulleted lists, tables with their
 * captions and notes, and charts as pictures (each with its table in the same section). Numbers are formatted in
 * the report's language; a missing value is "–".
 */
public final class AnnualReportDocx {

    private static final int FONT_SIZE = 10;

    private AnnualReportDocx() {}

    public static byte[] write(ExportPage page, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(page.title());
            doc.getProperties().getCoreProperties().setCreator("Werkkracht");
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            run(title, page.title(), 20, true, false);
            for (String line : page.lines()) {
                run(doc.createParagraph(), line, FONT_SIZE + 1, false, false);
            }
            for (ExportSection section : page.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setStyle("Heading1");
                h.setSpacingBefore(240);
                run(h, section.title(), 15, true, false);
                for (Block block : section.blocks()) {
                    block(doc, block, locale);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + page.id(), e);
        }
    }

    private static void block(XWPFDocument doc, Block block, Locale locale) throws IOException {
        if (block instanceof ExportSection.Paragraph p) {
            XWPFParagraph para = doc.createParagraph();
            switch (p.kind()) {
                case PLAIN -> run(para, p.text(), FONT_SIZE, false, false);
                case NOTE -> run(para, p.text(), FONT_SIZE - 1, false, true);
                case NOTICE -> {
                    para.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
                    para.setIndentationLeft(120);
                    run(para, p.text(), FONT_SIZE, true, false);
                }
                case SUBHEADING -> {
                    para.setStyle("Heading2");
                    run(para, p.text(), 12, true, false);
                }
            }
        } else if (block instanceof ExportSection.Items items) {
            int n = 1;
            for (String item : items.items()) {
                XWPFParagraph para = doc.createParagraph();
                para.setIndentationLeft(360);
                para.setIndentationHanging(240);
                run(para, (items.ordered() ? n++ + ". " : "• ") + item, FONT_SIZE, false, false);
            }
        } else if (block instanceof ExportSection.Table t) {
            table(doc, t.table(), locale);
        } else if (block instanceof ExportSection.Image image) {
            XWPFParagraph para = doc.createParagraph();
            para.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun r = para.createRun();
            int widthEmu = (int) (image.widthMm() / 25.4 * 72 * Units.EMU_PER_POINT);
            int heightEmu = (int) ((long) widthEmu * height(image.png()) / width(image.png()));
            try {
                r.addPicture(
                        new ByteArrayInputStream(image.png()),
                        Document.PICTURE_TYPE_PNG,
                        "chart.png",
                        widthEmu,
                        heightEmu);
            } catch (InvalidFormatException e) {
                throw new IOException(e);
            }
            run(doc.createParagraph(), image.caption(), FONT_SIZE - 1, false, true);
        } else if (block instanceof ExportSection.Bars bars) {
            run(doc.createParagraph(), bars.caption(), FONT_SIZE, false, true);
        } else if (block instanceof ExportSection.Matrix matrix) {
            run(doc.createParagraph(), matrix.caption(), FONT_SIZE, false, true);
        }
    }

    private static void table(XWPFDocument doc, ExportTable t, Locale locale) {
        if (!t.title().isBlank()) {
            run(doc.createParagraph(), t.title(), FONT_SIZE, true, false);
        }
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        for (int c = 0; c < t.columns().size(); c++) {
            cell(header, c, t.columns().get(c), true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(table.getRow(r + 1), c, text(row.get(c), locale), false);
            }
        }
        for (String note : t.notes()) {
            if (!note.isBlank()) {
                run(doc.createParagraph(), note, FONT_SIZE - 1, false, true);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableRow row, int c, String text, boolean bold) {
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        run(p, text, FONT_SIZE - 1, bold, false);
    }

    static String text(Object cell, Locale locale) {
        if (cell == null) {
            return "–";
        }
        if (cell instanceof Integer i) {
            return Integer.toString(i);
        }
        if (cell instanceof Number n) {
            double v = n.doubleValue();
            NumberFormat nf = NumberFormat.getNumberInstance(locale);
            double a = Math.abs(v);
            nf.setMaximumFractionDigits(a >= 1000 ? 0 : a >= 10 ? 1 : 3);
            return nf.format(v);
        }
        return cell.toString();
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily("Liberation Sans");
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }

    private static int width(byte[] png) {
        return BigInteger.valueOf(readInt(png, 16)).intValue();
    }

    private static int height(byte[] png) {
        return readInt(png, 20);
    }

    /** A big-endian int from the PNG header (IHDR width at 16, height at 20). */
    private static int readInt(byte[] png, int at) {
        return ((png[at] & 0xff) << 24)
                | ((png[at + 1] & 0xff) << 16)
                | ((png[at + 2] & 0xff) << 8)
                | (png[at + 3] & 0xff);
    }
}
