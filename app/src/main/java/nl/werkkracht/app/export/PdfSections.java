package nl.werkkracht.app.export;

import static nl.werkkracht.app.export.PdfExport.escape;

import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportSection.Axis;
import nl.werkkracht.app.export.ExportSection.Bar;
import nl.werkkracht.app.export.ExportSection.Bars;
import nl.werkkracht.app.export.ExportSection.Block;
import nl.werkkracht.app.export.ExportSection.Items;
import nl.werkkracht.app.export.ExportSection.Matrix;
import nl.werkkracht.app.export.ExportSection.Paragraph;
import nl.werkkracht.app.export.ExportSection.Point;
import nl.werkkracht.app.export.ExportSection.Table;

/**
 * Writes the {@link ExportSection}s of a page into the XHTML that {@link PdfExport} lays out. Charts are
 * drawn with plain boxes (no image, no script), so their text stays text in the PDF: a bar is a filled
 * box as wide as its value, a matrix a frame with four shaded quadrants and a dot per point.
 */
final class PdfSections {

    /** Size of a matrix's plot area, millimetres. */
    private static final double MATRIX_WIDTH = 120;

    private static final double MATRIX_HEIGHT = 72;

    private static final double DOT = 3.6;

    /** Width of an axis tick label, millimetres. */
    private static final double TICK = 30;

    private PdfSections() {}

    static void write(StringBuilder html, List<ExportSection> sections, PdfExport.NumberFormats numbers) {
        for (ExportSection section : sections) {
            html.append("<div class=\"section\"><h2>")
                    .append(escape(section.title()))
                    .append("</h2>");
            for (Block block : section.blocks()) {
                block(html, block, numbers);
            }
            html.append("</div>");
        }
    }

    private static void block(StringBuilder html, Block block, PdfExport.NumberFormats numbers) {
        if (block instanceof Paragraph p) {
            paragraph(html, p);
        } else if (block instanceof Items i) {
            items(html, i);
        } else if (block instanceof Table t) {
            PdfExport.table(html, t.table(), numbers, "h3");
        } else if (block instanceof Bars b) {
            bars(html, b);
        } else if (block instanceof Matrix m) {
            matrix(html, m);
        } else if (block instanceof ExportSection.Image i) {
            html.append("<div class=\"figure\"><img alt=\"")
                    .append(escape(i.caption()))
                    .append("\" style=\"width: ")
                    .append(mm(i.widthMm()))
                    .append("mm;\" src=\"data:image/png;base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(i.png()))
                    .append("\"/><p class=\"note\">")
                    .append(escape(i.caption()))
                    .append("</p></div>");
        }
    }

    private static void paragraph(StringBuilder html, Paragraph p) {
        String text = escape(p.text());
        switch (p.kind()) {
            case PLAIN -> html.append("<p>").append(text).append("</p>");
            case NOTE -> html.append("<p class=\"note\">").append(text).append("</p>");
            case NOTICE -> html.append("<div class=\"notice\"><p>").append(text).append("</p></div>");
            case SUBHEADING -> html.append("<h3>").append(text).append("</h3>");
        }
    }

    private static void items(StringBuilder html, Items items) {
        String tag = items.ordered() ? "ol" : "ul";
        html.append('<').append(tag).append('>');
        for (String item : items.items()) {
            html.append("<li>").append(escape(item)).append("</li>");
        }
        html.append("</").append(tag).append('>');
    }

    private static void bars(StringBuilder html, Bars bars) {
        html.append("<table class=\"bars\"><caption>")
                .append(escape(bars.caption()))
                .append("</caption><tbody>");
        for (Bar bar : bars.bars()) {
            html.append("<tr><td class=\"bar-label\">")
                    .append(escape(bar.label()))
                    .append("</td><td class=\"bar-cell\"><div class=\"bar-track\">");
            double zero = share(0, bars.min(), bars.max()) * 100;
            if (bar.value() != null && Double.isFinite(bar.value())) {
                double end = share(bar.value(), bars.min(), bars.max()) * 100;
                html.append("<div class=\"bar-fill")
                        .append(bar.emphasis() ? " bar-emphasis" : "")
                        .append("\" style=\"position: absolute; top: 0; left: ")
                        .append(mm(Math.min(zero, end)))
                        .append("%; width: ")
                        .append(mm(Math.abs(end - zero)))
                        .append("%\"></div>");
            }
            if (bars.min() < 0) {
                html.append("<div class=\"bar-zero\" style=\"left: ")
                        .append(mm(zero))
                        .append("%\"></div>");
            }
            if (bars.reference() != null) {
                html.append("<div class=\"bar-ref\" style=\"left: ")
                        .append(mm(share(bars.reference(), bars.min(), bars.max()) * 100))
                        .append("%\"></div>");
            }
            html.append("</div></td><td class=\"bar-value\">")
                    .append(escape(bar.valueText()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void matrix(StringBuilder html, Matrix m) {
        double splitX = share(m.x().split(), m.x().min(), m.x().max()) * MATRIX_WIDTH;
        double splitY = (1 - share(m.y().split(), m.y().min(), m.y().max())) * MATRIX_HEIGHT;
        html.append("<div class=\"matrix-block\"><p class=\"matrix-caption\">")
                .append(escape(m.caption()))
                .append("</p><p class=\"matrix-y\">↑ ")
                .append(escape(m.y().label()))
                .append("</p><div class=\"matrix\" style=\"width: ")
                .append(mm(MATRIX_WIDTH))
                .append("mm; height: ")
                .append(mm(MATRIX_HEIGHT))
                .append("mm;\">");
        double[][] boxes = {
            {0, 0, splitX, splitY},
            {splitX, 0, MATRIX_WIDTH - splitX, splitY},
            {0, splitY, splitX, MATRIX_HEIGHT - splitY},
            {splitX, splitY, MATRIX_WIDTH - splitX, MATRIX_HEIGHT - splitY}
        };
        for (int q = 0; q < 4; q++) {
            double[] b = boxes[q];
            html.append("<div class=\"quadrant")
                    .append(q == m.highlighted() ? " quadrant-on" : "")
                    .append("\" style=\"left: ")
                    .append(mm(b[0]))
                    .append("mm; top: ")
                    .append(mm(b[1]))
                    .append("mm; width: ")
                    .append(mm(b[2]))
                    .append("mm; height: ")
                    .append(mm(b[3]))
                    .append("mm;\"><p>")
                    .append(escape(m.quadrants().get(q)))
                    .append("</p></div>");
        }
        for (Point p : m.points()) {
            double x = share(p.x(), m.x().min(), m.x().max()) * MATRIX_WIDTH;
            double y = (1 - share(p.y(), m.y().min(), m.y().max())) * MATRIX_HEIGHT;
            html.append("<div class=\"dot\" style=\"left: ")
                    .append(mm(x - DOT / 2))
                    .append("mm; top: ")
                    .append(mm(y - DOT / 2))
                    .append("mm;\"></div>");
            boolean right = x < MATRIX_WIDTH - 40;
            html.append("<p class=\"dot-label\" style=\"")
                    .append(right ? "left: " + mm(x + DOT) : "left: " + mm(x - DOT - 38))
                    .append("mm; top: ")
                    .append(mm(y - 2.2))
                    .append("mm;")
                    .append(right ? "" : " text-align: right;")
                    .append("\">")
                    .append(escape(p.label()))
                    .append("</p>");
        }
        html.append("</div>");
        axis(html, m.x(), splitX);
        html.append("</div>");
    }

    private static void axis(StringBuilder html, Axis x, double splitX) {
        html.append("<div class=\"matrix-x\" style=\"width: ")
                .append(mm(MATRIX_WIDTH))
                .append("mm;\">");
        tick(html, 0, "left", x.minText());
        tick(html, splitX - TICK / 2, "center", x.splitText());
        tick(html, MATRIX_WIDTH - TICK, "right", x.maxText());
        html.append("<p class=\"matrix-xlabel\">").append(escape(x.label())).append(" →</p></div>");
    }

    private static void tick(StringBuilder html, double left, String align, String text) {
        html.append("<p class=\"matrix-tick\" style=\"left: ")
                .append(mm(left))
                .append("mm; text-align: ")
                .append(align)
                .append(";\">")
                .append(escape(text))
                .append("</p>");
    }

    /** Where {@code value} lies between {@code min} and {@code max}, 0..1, clamped to the edges. */
    static double share(double value, double min, double max) {
        return Math.max(0, Math.min(1, (value - min) / (max - min)));
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String css() {
        return " div.section { margin-top: 10pt; } div.figure { margin: 4pt 0 8pt 0; page-break-inside: avoid; }"
                + " div.section th.num { white-space: normal; }"
                + " h3 { font-family: Helvetica, 'Liberation Sans'; font-weight: bold; font-size: 10.5pt;"
                + " margin: 8pt 0 3pt 0; page-break-after: avoid; }"
                + " ul, ol { margin: 2pt 0 4pt 0; padding-left: 14pt; } li { margin: 0 0 2pt 0; }"
                + " div.notice { border-left: 3pt solid #c00; background-color: #f6f6f6; padding: 4pt 6pt;"
                + " margin: 4pt 0 6pt 0; }"
                + " div.notice p { margin: 0 0 2pt 0; }"
                + " table.bars { width: 100%; border-collapse: collapse; margin: 2pt 0 6pt 0;"
                + " page-break-inside: avoid; }"
                + " table.bars caption { text-align: left; font-size: 8.5pt; color: #333; padding-bottom: 2pt; }"
                + " table.bars td { border: none; padding: 1.5pt 4pt; vertical-align: middle; }"
                + " td.bar-label { width: 38%; } td.bar-value { width: 12%; text-align: right; white-space: nowrap; }"
                + " div.bar-track { position: relative; height: 9pt; background-color: #ececec; }"
                + " div.bar-fill { height: 9pt; background-color: #00689e; }"
                + " div.bar-fill.bar-emphasis { background-color: #b34700; }"
                + " div.bar-zero { position: absolute; top: -1pt; height: 11pt; width: 0;"
                + " border-left: 0.75pt solid #1a1a1a; }"
                + " div.bar-ref { position: absolute; top: -2pt; height: 13pt; width: 0;"
                + " border-left: 1pt dashed #1a1a1a; }"
                + " div.matrix-block { margin: 4pt 0 8pt 0; page-break-inside: avoid; }"
                + " p.matrix-caption { font-size: 8.5pt; color: #333; }"
                + " p.matrix-y { font-size: 8.5pt; margin: 2pt 0 1pt 0; }"
                + " div.matrix { position: relative; border: 0.75pt solid #1a1a1a; }"
                + " div.quadrant { position: absolute; background-color: #f4f4f4; border: 0.5pt solid #bbb; }"
                + " div.quadrant.quadrant-on { background-color: #d9ebf5; }"
                + " div.quadrant p { margin: 2pt 3pt; font-size: 8pt; color: #333; }"
                + " div.dot { position: absolute; width: " + mm(DOT) + "mm; height: " + mm(DOT) + "mm;"
                + " border-radius: " + mm(DOT / 2) + "mm; background-color: #b34700; border: 0.75pt solid #1a1a1a; }"
                + " p.dot-label { position: absolute; width: 38mm; margin: 0; font-size: 8.5pt; font-weight: bold; }"
                + " div.matrix-x { position: relative; height: 10mm; }"
                + " p.matrix-tick { position: absolute; top: 0; width: " + mm(TICK) + "mm; font-size: 8pt; }"
                + " p.matrix-xlabel { position: absolute; top: 4.5mm; right: 0; font-size: 8.5pt; }";
    }
}
