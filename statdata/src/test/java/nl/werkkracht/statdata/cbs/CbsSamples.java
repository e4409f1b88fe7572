package nl.werkkracht.statdata.cbs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.statdata.importer.ObservationSink;

/** The saved CBS responses under {@code src/test/resources/cbs-odata} (see PROVENANCE.txt there). */
final class CbsSamples {

    /** Real v3 responses of 80137ned (labour accounts, TypedDataSet). */
    static final String V3_80137 = "odata3_80137ned";
    /** Real v3 UntypedDataSet of 83599NED in two pages (regional vacancies). */
    static final String V3_83599 = "odata3_83599NED";
    /** Real v4 responses of 80072ned (sickness absence). */
    static final String V4_80072 = "odata4_80072ned";
    /** A synthetic table shaped like 84419NED with figures from its public page (see NOTE.txt). */
    static final String SYNTHETIC_84419 = "synthetic-84419NED";

    private CbsSamples() {}

    static Path dir(String name) {
        try {
            return Path.of(CbsSamples.class.getResource("/cbs-odata/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static DirectoryODataSource source(String name) {
        return new DirectoryODataSource(dir(name));
    }

    /** A copy of a sample directory that a test may change. */
    static Path copy(String name, Path target) {
        try (var files = Files.list(dir(name))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file, failing when there is none. */
    static void replaceFirst(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalStateException(from + " not found in " + file);
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CbsTableMapping testMapping(String file) {
        InputStream in = CbsSamples.class.getResourceAsStream("/cbs-odata/mappings/" + file);
        return CbsTableMapping.load(file, in);
    }

    /** A sink that keeps what it receives. */
    static final class CollectingSink implements ObservationSink {
        final List<Observation> observations = new ArrayList<>();

        @Override
        public void accept(Observation observation) {
            observations.add(observation);
        }
    }
}
