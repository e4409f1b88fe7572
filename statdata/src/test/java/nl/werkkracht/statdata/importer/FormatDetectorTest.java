package nl.werkkracht.statdata.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkkracht.statdata.testing.RealFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

    @TempDir
    Path dir;

    @Test
    void shouldDetectTheWerkkrachtCsv() {
        assertThat(FormatDetector.detect(RealFiles.path(RealFiles.NAMA_10_A64))).isEqualTo(ImportFormat.CSV);
        assertThat(FormatDetector.detect(RealFiles.path(RealFiles.NAMA_10R_3EMPERS_CSV)))
                .isEqualTo(ImportFormat.CSV);
    }

    @Test
    void shouldDetectEurostatTsv() {
        assertThat(FormatDetector.detect(RealFiles.path(RealFiles.NAMA_10R_3GDP_TSV)))
                .isEqualTo(ImportFormat.EUROSTAT_TSV);
        assertThat(FormatDetector.detect(RealFiles.path(RealFiles.NAMA_10R_3EMPERS_TSV_SAMPLE)))
                .isEqualTo(ImportFormat.EUROSTAT_TSV);
        assertThat(FormatDetector.fromFirstLine("unit,geo\\time\t2019 \t2018 ")).contains(ImportFormat.EUROSTAT_TSV);
    }

    @Test
    void shouldDetectEuKlems() {
        assertThat(FormatDetector.detect(RealFiles.path(RealFiles.KLEMS))).isEqualTo(ImportFormat.KLEMS);
        assertThat(FormatDetector.fromFirstLine("geo,nace_r2,nace_r2_name,year,var,value"))
                .contains(ImportFormat.KLEMS);
    }

    @Test
    void shouldDetectCbsODataResponses() {
        assertThat(FormatDetector.fromFirstLine(
                        "{\"odata.metadata\":\"https://opendata.cbs.nl/ODataApi/OData/80137ned/$metadata\""))
                .contains(ImportFormat.CBS_ODATA);
        assertThat(
                        FormatDetector.fromFirstLine(
                                "{\"@odata.context\":\"https://beta-odata4.cbs.nl/CBS/80072ned/$metadata#Observations\",\"value\":["))
                .contains(ImportFormat.CBS_ODATA);
        assertThat(FormatDetector.fromFirstLine("{\"value\":[{\"Werknemers_2\":7559.0,\"Perioden\":\"2001JJ00\"}"))
                .contains(ImportFormat.CBS_ODATA);
    }

    @Test
    void shouldDetectCsvWithByteOrderMark() throws IOException {
        Path file = Files.writeString(
                dir.resolve("excel.csv"), "\uFEFFmeasure,region,sector,period,value,unit,price_basis,status\r\n");

        assertThat(FormatDetector.detect(file)).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void shouldRejectAnUnrecognisedFormatNamingTheFile() throws IOException {
        // The CBS StatLine CSV export: semicolon-separated, not an import format.
        Path file = Files.writeString(
                dir.resolve("84432ENG_province_gdp.csv"),
                "\uFEFF\"Periods\";\"Regions\";\"GDP (market prices) (million euros)\"\n\"2015\";\"Groningen (PV)\";24958\n");

        assertThatThrownBy(() -> FormatDetector.detect(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(
                        "84432ENG_province_gdp.csv line 1: unrecognised format: the first line is neither the"
                                + " Werkkracht CSV header (measure,region,sector,period,value,unit,price_basis,status)");
    }

    @Test
    void shouldRejectAnEmptyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.csv"), "");

        assertThatThrownBy(() -> FormatDetector.detect(file))
                .isInstanceOf(ImportException.class)
                .hasMessage("empty.csv: the file is empty");
    }
}
