package nl.werkkracht.app.dataset;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.store.observation.DatasetInfo;
import nl.werkkracht.store.observation.DefaultDatasetOffers;

/**
 * The real datasets shipped in the application (Eurostat national and regional accounts, EU KLEMS),
 * with their provenance, and loading them on first start.
 */
public final class DefaultDatasets {

    private static final String BASE = "/nl/werkkracht/app/dataset/default/";

    private final List<DefaultDataset> datasets;

    private DefaultDatasets(List<DefaultDataset> datasets) {
        this.datasets = List.copyOf(datasets);
    }

    /** The shipped catalogue. */
    public static DefaultDatasets shipped() {
        try (InputStream in = resource("datasets.json")) {
            List<DefaultDataset> list = new ObjectMapper().readValue(in, new TypeReference<List<DefaultDataset>>() {});
            return new DefaultDatasets(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default dataset catalogue", e);
        }
    }

    public List<DefaultDataset> datasets() {
        return datasets;
    }

    /** The provenance text shipped with a dataset, if it is a default one. */
    public Optional<String> provenance(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst().map(d -> {
            try (InputStream in = resource(d.provenance())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Loads every default dataset this database has not been offered yet, each in one transaction: all of
     * them on the first start, and on the first start after an upgrade the ones a new release added, with
     * a log line each. A dataset a user imported under the same name is never replaced (the log says so),
     * and a default the user deleted is not loaded again.
     *
     * @param imports the import use case
     * @param offers which defaults this database was offered
     * @param log receives one line per dataset
     */
    public void load(ImportService imports, DefaultDatasetOffers offers, java.util.function.Consumer<String> log) {
        var offered = offers.offered();
        for (DefaultDataset d : datasets) {
            if (offered.contains(d.name())) {
                continue;
            }
            if (imports.exists(d.name())) {
                log.accept("Default dataset " + d.name() + " not loaded: a dataset of that name is already stored"
                        + " and is kept as it is");
                offers.record(d.name(), DefaultDatasetOffers.Outcome.NAME_TAKEN, java.time.Instant.now());
                continue;
            }
            load(imports, d, log);
            offers.record(d.name(), DefaultDatasetOffers.Outcome.LOADED, java.time.Instant.now());
        }
    }

    /** Loads every default dataset that is not stored yet (without a record of offers). */
    public void load(ImportService imports, java.util.function.Consumer<String> log) {
        for (DefaultDataset d : datasets) {
            if (!imports.exists(d.name())) {
                load(imports, d, log);
            }
        }
    }

    private static void load(ImportService imports, DefaultDataset d, java.util.function.Consumer<String> log) {
        {
            log.accept("Loading default dataset " + d.name() + ": " + d.title());
            DatasetInfo info = new DatasetInfo(
                    d.name(),
                    d.title(),
                    d.source(),
                    d.licence(),
                    d.sourceUrl(),
                    Optional.ofNullable(d.retrieved()).map(LocalDate::parse),
                    d.description());
            Path dir = extract(d);
            try {
                imports.importFiles(
                        info,
                        d.files().stream()
                                .map(f -> new ImportService.FileToImport(
                                        dir.resolve(fileName(f.path())),
                                        ImportFormat.parse(f.format()).orElseThrow()))
                                .toList(),
                        ImportProgress.NONE);
            } finally {
                deleteQuietly(dir);
            }
        }
    }

    private static Path extract(DefaultDataset d) {
        try {
            Path dir = Files.createTempDirectory("werkkracht-default-");
            for (DefaultDataset.DataFile f : d.files()) {
                try (InputStream in = resource(f.path())) {
                    Files.copy(in, dir.resolve(fileName(f.path())), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract default dataset " + d.name(), e);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary copy; the OS cleans up what is left
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DefaultDatasets.class.getResourceAsStream(BASE + path);
        if (in == null) {
            throw new IllegalStateException("default dataset resource " + path + " is missing");
        }
        return in;
    }
}
