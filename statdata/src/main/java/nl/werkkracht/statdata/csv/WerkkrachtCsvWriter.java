package nl.werkkracht.statdata.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.statdata.text.CsvLine;

/**
 * Writes observations in the Werkkracht canonical CSV that {@link WerkkrachtCsvReader} reads (the export
 * format): the header, then one line per observation, {@code \n}-terminated, UTF-8 without byte-order
 * mark.
 *
 * <p>Values are written as the shortest decimal that reads back to the same {@code double} (no exponent,
 * no trailing zeros: {@code 724960}, {@code 0.0000678}), so read → write → read gives equal observations.
 * A confidential or missing observation is written with an empty value and its flag ({@code c} or
 * {@code :}), never as 0.
 *
 * <p>As an {@link ObservationSink} it can take an importer's output directly, streaming.
 */
public final class WerkkrachtCsvWriter implements ObservationSink, Closeable {

    private final Writer out;

    /** Writes the header to {@code out} at once. The writer takes ownership of {@code out}. */
    public WerkkrachtCsvWriter(Writer out) {
        this.out = out;
        writeLine(WerkkrachtCsvReader.HEADER);
    }

    /** A writer to a new or truncated UTF-8 file. */
    public static WerkkrachtCsvWriter open(Path file) throws IOException {
        return new WerkkrachtCsvWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
    }

    /**
     * Writes one observation.
     *
     * @throws UncheckedIOException when the underlying writer fails
     */
    @Override
    public void accept(Observation o) {
        String value = o.value().isPresent() ? format(o.value().getAsDouble()) : "";
        writeLine(String.join(
                ",",
                o.measure().name(),
                CsvLine.quote(o.region()),
                CsvLine.quote(o.sector()),
                o.period().code(),
                value,
                o.unit().name(),
                o.priceBasis().code(),
                o.status().flag()));
    }

    /** The shortest plain decimal that parses back to exactly {@code value}; {@code -0} keeps its sign. */
    static String format(double value) {
        if (value == 0) {
            return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0) ? "-0" : "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private void writeLine(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
