package nl.werkkracht.app.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Charts of the annual report as PNG images, drawn with Java2D (headless), for the PDF and the DOCX alike: line
 * charts (a region against its synthetic twin; the gap with placebo regions in grey; a series against 100) and
 * horizontal bars (progress toward targets). Text is set in Liberation Sans from PDFBox's jar, so the images look
 * the same on every machine, with or without system fonts. Every chart has its table next to it in the report.
 */
public final class ChartImages {

    /** Pixels; drawn at twice the size they are shown, for sharp print. */
    public static final int WIDTH = 1400;

    public static final int HEIGHT = 700;

    private static final Color BLACK = new Color(0x1a1a1a);
    private static final Color BLUE = new Color(0x00689e);
    private static final Color GREY = new Color(0xb0b0b0);
    private static final Color ORANGE = new Color(0xb34700);
    private static final Color GREEN = new Color(0x1e7b34);
    private static final Font FONT = loadFont();

    private ChartImages() {}

    /** A line: its name, colour role and values (null for a missing year). */
    public record Line(String name, Role role, List<Double> values) {}

    /** How a line is drawn. */
    public enum Role {
        MAIN,
        SECOND,
        PLACEBO
    }

    /**
     * A line chart over {@code years}.
     *
     * @param marker a year marked with a vertical dashed line (the start of a measure), or null
     * @param reference a value marked with a horizontal line (0 for gaps, 100 for an index), or null
     */
    public static byte[] lines(
            String yLabel, List<Integer> years, List<Line> lines, Integer marker, Double reference, Locale locale) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        int left = 140;
        int right = WIDTH - 40;
        int top = 70;
        int bottom = HEIGHT - 90;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (Double v : l.values()) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (reference != null) {
            min = Math.min(min, reference);
            max = Math.max(max, reference);
        }
        if (!(max > min)) {
            max = min + 1;
            min = min - 1;
        }
        double pad = (max - min) * 0.08;
        double lo = min - pad;
        double hi = max + pad;
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(hi - lo < 5 ? 2 : hi - lo < 50 ? 1 : 0);
        g.setColor(new Color(0xdddddd));
        g.setStroke(new BasicStroke(1.5f));
        g.setFont(FONT.deriveFont(24f));
        for (int t = 0; t <= 5; t++) {
            double v = lo + (hi - lo) * t / 5;
            int y = (int) (bottom - (bottom - top) * (v - lo) / (hi - lo));
            g.setColor(new Color(0xdddddd));
            g.drawLine(left, y, right, y);
            g.setColor(BLACK);
            String s = nf.format(v);
            g.drawString(s, left - 14 - g.getFontMetrics().stringWidth(s), y + 8);
        }
        int n = years.size();
        java.util.function.IntToDoubleFunction xAt = i -> left + (right - left) * (n == 1 ? 0.5 : (double) i / (n - 1));
        java.util.function.DoubleUnaryOperator yAt = v -> bottom - (bottom - top) * (v - lo) / (hi - lo);
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += step) {
            String s = Integer.toString(years.get(i));
            g.drawString(s, (float) (xAt.applyAsDouble(i) - g.getFontMetrics().stringWidth(s) / 2.0), bottom + 36);
        }
        g.drawString(yLabel, left, top - 30);
        if (reference != null) {
            g.setColor(BLACK);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(left, yAt.applyAsDouble(reference), right, yAt.applyAsDouble(reference)));
        }
        if (marker != null && years.contains(marker)) {
            double x = xAt.applyAsDouble(years.indexOf(marker));
            g.setColor(ORANGE);
            g.setStroke(
                    new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {14f, 10f}, 0f));
            g.draw(new Line2D.Double(x, top, x, bottom));
            g.drawString(Integer.toString(marker), (float) x + 8, top + 24);
        }
        for (Role role : new Role[] {Role.PLACEBO, Role.SECOND, Role.MAIN}) {
            for (Line l : lines) {
                if (l.role() == role) {
                    draw(g, l, xAt, yAt);
                }
            }
        }
        legend(g, lines, left, HEIGHT - 30);
        g.dispose();
        return png(img);
    }

    /** Horizontal bars from 0 to 1 (progress shares), each labelled; values beyond are drawn at the edge. */
    public static byte[] progress(List<String> labels, List<Double> shares, Locale locale) {
        int rowHeight = 60;
        int height = Math.max(120, 40 + rowHeight * labels.size());
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setFont(FONT.deriveFont(24f));
        NumberFormat pct = NumberFormat.getPercentInstance(locale);
        int left = 620;
        int right = WIDTH - 140;
        for (int i = 0; i < labels.size(); i++) {
            int y = 20 + i * rowHeight;
            g.setColor(BLACK);
            String label = labels.get(i).length() > 44 ? labels.get(i).substring(0, 43) + "…" : labels.get(i);
            g.drawString(label, 10, y + 32);
            g.setColor(new Color(0xe6e6e6));
            g.fillRect(left, y + 10, right - left, 30);
            Double s = shares.get(i);
            if (s != null) {
                double clipped = Math.max(0, Math.min(1, s));
                g.setColor(s < 0 ? ORANGE : GREEN);
                g.fillRect(left, y + 10, (int) ((right - left) * clipped), 30);
                g.setColor(BLACK);
                g.drawString(pct.format(s), right + 12, y + 34);
            } else {
                g.setColor(BLACK);
                g.drawString("–", right + 12, y + 34);
            }
        }
        g.dispose();
        return png(img);
    }

    private static void draw(
            Graphics2D g,
            Line l,
            java.util.function.IntToDoubleFunction xAt,
            java.util.function.DoubleUnaryOperator yAt) {
        Path2D path = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < l.values().size(); i++) {
            Double v = l.values().get(i);
            if (v == null) {
                pen = false;
                continue;
            }
            double x = xAt.applyAsDouble(i);
            double y = yAt.applyAsDouble(v);
            if (pen) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                pen = true;
            }
        }
        switch (l.role()) {
            case MAIN -> {
                g.setColor(BLACK);
                g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
            case SECOND -> {
                g.setColor(BLUE);
                g.setStroke(new BasicStroke(
                        5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {18f, 10f}, 0f));
            }
            case PLACEBO -> {
                g.setColor(GREY);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
        }
        g.draw(path);
    }

    private static void legend(Graphics2D g, List<Line> lines, int x, int y) {
        int at = x;
        boolean placeboShown = false;
        for (Line l : lines) {
            if (l.role() == Role.PLACEBO) {
                if (placeboShown) {
                    continue;
                }
                placeboShown = true;
            }
            g.setColor(l.role() == Role.MAIN ? BLACK : l.role() == Role.SECOND ? BLUE : GREY);
            g.fillRect(at, y - 14, 40, 8);
            g.setColor(BLACK);
            String name = l.role() == Role.PLACEBO ? "placebo" : l.name();
            g.drawString(name, at + 50, y);
            at += 90 + g.getFontMetrics().stringWidth(name);
        }
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FONT.deriveFont(24f));
        return g;
    }

    private static byte[] png(BufferedImage img) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Font loadFont() {
        try (InputStream in =
                ChartImages.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 24);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 24);
        }
    }
}
