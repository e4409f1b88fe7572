package nl.werkkracht.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.Importers;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.observation.ObservationStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicates refused by the database (issue 14: no key kept in memory) are reported as before: at the line
 * of the second occurrence, naming the first, also when the two are thousands of lines (several batches)
 * apart, and before an error on a later line. The values are made up.
 */
class ImportDuplicateLineTest {

    private static final String HEADER = "measure,region,sector,period,value,unit,price_basis,status";

    @TempDir
    static Path dir;

    private static Database database;
    private static ImportService imports;

    @BeforeAll
    static void open() {
        database = Database.open(DatabaseConfig.embedded(dir.resolve("db")));
        imports = new ImportService(new ObservationStore(database), new Importers(CodeListLoader.standard()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** {@code n} distinct lines (invented values): years 1900-2099 x quarters x a few sectors. */
    private static List<String> lines(int n) {
        List<String> lines = new ArrayList<>();
        String[] sectors = {"TOTAL", "A", "B-E", "C", "F", "G-I", "J", "K", "L", "M_N", "O-Q", "R-U"};
        for (String sector : sectors) {
            for (int year = 1900; year < 2100; year++) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    if (lines.size() == n) {
                        return lines;
                    }
                    lines.add("HOURS,NL,%s,%dQ%d,%d.5,MIO_HW,,".formatted(sector, year, quarter, lines.size()));
                }
            }
        }
        return lines;
    }

    private static Path file(String name, List<String> lines) throws IOException {
        return Files.writeString(
                dir.resolve(name), HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void shouldNameBothLinesOfADuplicateSeveralBatchesApart() throws IOException {
        List<String> lines = lines(7_000);
        lines.add(lines.get(10)); // line 12 again, at line 7002
        Path file = file("far.csv", lines);

        assertThatThrownBy(() -> imports.importFile(file, "far", Optional.empty(), ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("far.csv line 7002: duplicate of line 12: HOURS,NL,TOTAL,1902Q3");
        assertThat(imports.exists("far")).isFalse();
    }

    @Test
    void shouldReportADuplicateBeforeAnErrorOnALaterLineOfTheSameBatch() throws IOException {
        List<String> lines = lines(20);
        lines.add(lines.get(0)); // line 22 duplicates line 2
        lines.add("HOURS,NL,TOTAL,abc,1,MIO_HW,,");
        Path file = file("near.csv", lines);

        assertThatThrownBy(() -> imports.importFile(file, "near", Optional.empty(), ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("near.csv line 22: duplicate of line 2: HOURS,NL,TOTAL,1900Q1");
    }

    @Test
    void shouldNameADuplicateOfTheDatasetAtItsLine() throws IOException {
        Path first = file("first.csv", lines(6_000));
        imports.importFile(first, "twice", Optional.empty(), ImportProgress.NONE);
        List<String> more = new ArrayList<>(lines(6_100).subList(6_000, 6_100));
        more.add(lines(5_600).get(5_599));
        Path second = file("second.csv", more);

        assertThatThrownBy(() -> imports.importFile(second, "twice", Optional.empty(), ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("second.csv line 102: duplicate of an observation already in dataset twice: ");
        assertThat(imports.exists("twice")).isTrue();
    }
}
