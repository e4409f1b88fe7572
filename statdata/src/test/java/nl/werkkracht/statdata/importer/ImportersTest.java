package nl.werkkracht.statdata.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.testing.RealFiles;
import nl.werkkracht.statdata.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportersTest {

    private final Importers importers = new Importers(CodeListLoader.standard());

    @TempDir
    Path dir;

    @Test
    void shouldDetectTheFormatAndRunTheMatchingImporter() {
        var gdp = new RecordingSink();
        var klems = new RecordingSink();
        var csv = new RecordingSink();

        assertThat(importers
                        .importFile(RealFiles.path(RealFiles.NAMA_10R_3GDP_TSV), gdp, ImportProgress.NONE)
                        .observations())
                .isEqualTo(1339);
        assertThat(importers
                        .importFile(RealFiles.path(RealFiles.KLEMS), klems, ImportProgress.NONE)
                        .observations())
                .isEqualTo(14_934);
        assertThat(importers
                        .importFile(RealFiles.path(RealFiles.NAMA_10_A64), csv, ImportProgress.NONE)
                        .observations())
                .isEqualTo(5590);
        assertThat(gdp.received()).allSatisfy(o -> assertThat(o.measure()).isEqualTo(Measure.GDP));
    }

    @Test
    void shouldUseTheGivenFormat() {
        var sink = new RecordingSink();
        Path tsv = RealFiles.path(RealFiles.NAMA_10R_3EMPERS_TSV_SAMPLE);

        assertThat(importers
                        .importFile(tsv, ImportFormat.EUROSTAT_TSV, sink, ImportProgress.NONE)
                        .observations())
                .isEqualTo(154);
        assertThatThrownBy(() -> importers.importFile(tsv, ImportFormat.CSV, new RecordingSink(), ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("eurostat_tsv_nama_10r_3empers_sample.tsv line 1: malformed header");
    }

    @Test
    void shouldSayToUseTheCbsImporterForCbsOData() throws IOException {
        Path file =
                Files.writeString(dir.resolve("80072ned_Observations.json"), "{\"@odata.context\":\"x\",\"value\":[]}");

        assertThatThrownBy(() -> importers.importFile(file, new RecordingSink(), ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "80072ned_Observations.json: this is one response of CBS OData: a CBS table is imported from"
                                + " its saved responses together (a folder, or a ZIP of it, with the format CBS OData) or"
                                + " from StatLine (cbs:TABLEID)");
    }

    @Test
    void shouldRunARegisteredCbsImporter() throws IOException {
        Path file =
                Files.writeString(dir.resolve("80072ned_Observations.json"), "{\"@odata.context\":\"x\",\"value\":[]}");
        List<Path> seen = new ArrayList<>();
        FileImporter cbs = (path, sink, progress) -> {
            seen.add(path);
            return new ImportSummary(0, 0, List.of("read by the CBS importer"));
        };

        ImportSummary summary =
                importers.with(ImportFormat.CBS_ODATA, cbs).importFile(file, new RecordingSink(), ImportProgress.NONE);

        assertThat(seen).containsExactly(file);
        assertThat(summary.notes()).containsExactly("read by the CBS importer");
    }
}
