package nl.werkkracht.app.export;

import java.util.List;
import java.util.Objects;

/**
 * A titled part of a PDF page (a report chapter): its blocks in the order given. Texts are already in the
 * request's language and numbers already formatted, except in {@link Table} cells.
 *
 * @param title the heading
 * @param blocks what the section holds
 */
public record ExportSection(String title, List<Block> blocks) {

    public ExportSection {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** One piece of a section. */
    public sealed interface Block permits Paragraph, Items, Table, Bars, Matrix, Image {}

    /** A paragraph of a kind that sets its look. */
    public record Paragraph(String text, Kind kind) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }

        /** How a paragraph looks. */
        public enum Kind {
            /** Body text. */
            PLAIN,
            /** A smaller remark: what the section is based on, what is missing. */
            NOTE,
            /** Text that must be noticed, in a box (a confidentiality statement, a warning). */
            NOTICE,
            /** A small heading inside the section. */
            SUBHEADING
        }
    }

    /** A bulleted or numbered list. */
    public record Items(List<String> items, boolean ordered) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A table with its title and notes, formatted as the page's tables are. */
    public record Table(ExportTable table) implements Block {
        public Table {
            Objects.requireNonNull(table, "table");
        }
    }

    /**
     * A horizontal bar chart on a scale from {@code min} to {@code max}, each bar drawn from zero to its value and
     * labelled with it; a bar without a value is drawn empty with "–". Zero always lies on the scale ({@code min <= 0
     * < max}), so bar lengths compare as the values do; negative values (contributions to a gap) run left of zero.
     *
     * @param caption what the chart shows
     * @param min the left end of the scale: 0, or below 0 when some values are negative
     * @param reference a value marked on every bar (e.g. the middle of the scale, or 100 for an index); null for none
     */
    public record Bars(String caption, double min, double max, Double reference, List<Bar> bars) implements Block {
        public Bars {
            Objects.requireNonNull(caption, "caption");
            if (!(max > 0) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("bars need a positive maximum, got " + max);
            }
            if (!(min <= 0) || !Double.isFinite(min)) {
                throw new IllegalArgumentException("bars start at zero or below, not at " + min);
            }
            bars = List.copyOf(bars);
        }

        /** Bars on a scale from 0 to {@code max}. */
        public Bars(String caption, double max, Double reference, List<Bar> bars) {
            this(caption, 0, max, reference, bars);
        }
    }

    /**
     * One bar.
     *
     * @param value null for a missing value
     * @param valueText the value as shown
     * @param emphasis drawn in the accent colour (e.g. the lagging pillar)
     */
    public record Bar(String label, Double value, String valueText, boolean emphasis) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(valueText, "valueText");
        }
    }

    /**
     * A two-by-two matrix (a quadrant chart): the plane split at {@code x.split} and {@code y.split}, a
     * name in each quadrant, and labelled points.
     *
     * @param quadrants the names of the quadrants: top left, top right, bottom left, bottom right
     * @param highlighted index into {@code quadrants} to shade, or -1 for none
     */
    public record Matrix(String caption, Axis x, Axis y, List<String> quadrants, int highlighted, List<Point> points)
            implements Block {
        public Matrix {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            quadrants = List.copyOf(quadrants);
            points = List.copyOf(points);
            if (quadrants.size() != 4 || highlighted < -1 || highlighted > 3) {
                throw new IllegalArgumentException("a matrix has four quadrants and highlights one of them or none");
            }
        }
    }

    /**
     * An axis of a matrix; values outside {@code min..max} are drawn at the edge.
     *
     * @param minText {@code min} as shown at the start of the axis
     * @param splitText the split as shown
     * @param maxText {@code max} as shown at the end of the axis
     */
    public record Axis(
            String label, double min, double max, double split, String minText, String splitText, String maxText) {
        public Axis {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(minText, "minText");
            Objects.requireNonNull(splitText, "splitText");
            Objects.requireNonNull(maxText, "maxText");
            if (!(min < split && split < max)) {
                throw new IllegalArgumentException("an axis needs min < split < max");
            }
        }
    }

    /** A labelled point of a matrix. */
    public record Point(String label, double x, double y) {}

    /**
     * A picture (a chart drawn as PNG), shown {@code widthMm} wide with its caption; the data it shows must also be
     * in a table of the same section.
     */
    public record Image(String caption, byte[] png, double widthMm) implements Block {
        public Image {
            Objects.requireNonNull(caption, "caption");
            png = png.clone();
            if (!(widthMm > 0)) {
                throw new IllegalArgumentException("an image needs a positive width");
            }
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }
}
