package nl.werkkracht.statdata.eurostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.FormatDetector;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.testing.RealFiles;
import nl.werkkracht.statdata.testing.RecordingSink;
import nl.werkkracht.statdata.testing.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eurostat SDMX-CSV and the unrolled JSON-stat CSV, on the real shipped files and on bad input. */
class EurostatCsvImporterTest {

    private static final String GVA = "eurostat/regional-gva-2018/nama_10r_3gva_2018_CP_MEUR_NL.csv";
    private static final String HICP = "eurostat/hicp/eurostat_prc_hicp_aind_INX_A_AVG_CP00_NL_2013-2022.sdmx.csv";
    private static final String HICP_LABELS =
            "eurostat/hicp/eurostat_prc_hicp_aind_RCH_A_AVG_CP00_NL_2016-2025.sdmx-labels.csv";
    private static final String SDMX_HEADER =
            "DATAFLOW,LAST UPDATE,freq,unit,coicop,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n";
    private static final String ROW = "ESTAT:PRC_HICP_AIND(1.0),17/03/23 11:00:00,A,INX_A_AVG,CP00,NL,";

    private final EurostatCsvImporter importer = new EurostatCsvImporter(CodeListLoader.standard());

    @TempDir
    Path dir;

    @Test
    void shouldDetectBothLayouts() {
        assertThat(FormatDetector.detect(RealFiles.path(GVA))).isEqualTo(ImportFormat.EUROSTAT_CSV);
        assertThat(FormatDetector.detect(RealFiles.path(HICP))).isEqualTo(ImportFormat.EUROSTAT_CSV);
        assertThat(EurostatCsvImporter.dataflowName("ESTAT:PRC_HICP_AIND$DEFAULTVIEW(1.0)"))
                .isEqualTo("prc_hicp_aind");
    }

    @Test
    void shouldImportThe2018RegionalGvaUnderTheNuts2016CodeOfTheSameAreaOnly() {
        var sink = new RecordingSink();
        ImportSummary s = importer.importFile(RealFiles.path(GVA), sink, ImportProgress.NONE);

        // 60 geos x 15 NACE = 900 cells; 12 NUTS 2024 regions changed their boundary (NL35, NL36, NL114,
        // NL115, NL127, NL128, NL32A, NL32B, NL350, NL364, NL415, NL416; codelist/nuts-nl.csv): 180 cells
        assertThat(s.observations()).isEqualTo(720);
        assertThat(s.skipped()).isEqualTo(180);
        assertThat(s.notes()).anySatisfy(n -> assertThat(n)
                .contains("NUTS 2024 regions whose boundary differs")
                .contains("NL35 15")
                .contains("NL36 15"));
        var nl21 = sink.get(Measure.GVA, "NL21", "TOTAL", 2018, PriceBasis.CP);
        assertThat(nl21.value().getAsDouble()).isEqualTo(39_910);
        assertThat(nl21.unit()).isEqualTo(Unit.MIO_EUR);
        assertThat(sink.get(Measure.GVA, "NL", "TOTAL", 2018, PriceBasis.CP)
                        .value()
                        .getAsDouble())
                .isEqualTo(703_557);
        assertThat(sink.get(Measure.GVA, "NL21", "M_N", 2018, PriceBasis.CP)).isNotNull();
        // recoded, same area: Agglomeratie 's-Gravenhage NL361 (2024) is stored as NL332 (2016)
        assertThat(sink.find(Measure.GVA, "NL332", "TOTAL", 2018, PriceBasis.CP))
                .isPresent();
        // a changed region is never stored under the code of another area
        assertThat(sink.find(Measure.GVA, "NL31", "TOTAL", 2018, PriceBasis.CP)).isEmpty();
        assertThat(sink.find(Measure.GVA, "NL33", "TOTAL", 2018, PriceBasis.CP)).isEmpty();
        assertThat(sink.find(Measure.GVA, "NL111", "TOTAL", 2018, PriceBasis.CP))
                .isEmpty();
    }

    @Test
    void shouldImportTheHicpIndexAndTheRatesWithLabels() {
        var sink = new RecordingSink();
        ImportSummary s = importer.importFile(RealFiles.path(HICP), sink, ImportProgress.NONE);
        assertThat(s.observations()).isEqualTo(10);
        var i2018 = sink.get(Measure.CPI, "NL", "TOTAL", 2018, PriceBasis.NONE);
        assertThat(i2018.value().getAsDouble()).isCloseTo(103.02, within(1e-12));
        assertThat(i2018.unit()).isEqualTo(Unit.INDEX);

        var rates = new RecordingSink();
        ImportSummary r = importer.importFile(RealFiles.path(HICP_LABELS), rates, ImportProgress.NONE);
        assertThat(r.observations()).isEqualTo(10);
        assertThat(rates.get(Measure.CPI_GROWTH, "NL", "TOTAL", 2022, PriceBasis.NONE)
                        .value()
                        .getAsDouble())
                .isCloseTo(11.6, within(1e-12));
        assertThat(rates.get(Measure.CPI_GROWTH, "NL", "TOTAL", 2025, PriceBasis.NONE)
                        .status())
                .isEqualTo(Status.DEFINITIVE);
    }

    @Test
    void shouldRefuseBadInputWithFileLineAndField() throws IOException {
        Rejections.assertRejected(
                importer,
                write(SDMX_HEADER + ROW + "2018,103.02,\n" + ROW + "2019,1O5.78,\n"),
                "bad.csv line 3: value '1O5.78' in column OBS_VALUE is not a number",
                "OBS_VALUE",
                1);
        Rejections.assertRejected(
                importer,
                write(SDMX_HEADER + ROW + "2018,103.02,q\n"),
                "bad.csv line 2: unknown status flag 'q' in column OBS_FLAG",
                "OBS_FLAG",
                0);
        Rejections.assertRejected(
                importer,
                write(SDMX_HEADER + ROW + "2018,103.02\n"),
                "bad.csv line 2: expected 9 comma-separated fields, got 8",
                "",
                0);
        Rejections.assertRejected(
                importer,
                write(SDMX_HEADER + ROW + "20X8,103.02,\n"),
                "bad.csv line 2: period '20X8' in column TIME_PERIOD is not a year (2015) or a quarter (2015Q1)",
                "TIME_PERIOD",
                0);
        Rejections.assertRejected(
                importer,
                write(SDMX_HEADER.replace("coicop", "na_item") + ROW.replace("PRC_HICP_AIND", "NAMA_10_GDP")
                        + "2018,1,\n"),
                "bad.csv line 2: unknown Eurostat dataset nama_10_gdp; this importer reads nama_10r_3gva,"
                        + " nama_10r_2gva, prc_hicp_aind",
                "DATAFLOW",
                0);
        Rejections.assertRejected(
                importer,
                write(SDMX_HEADER + "ESTAT:PRC_HICP_AIND(1.0),x,Annual,Index of something,All-items HICP,Netherlands,"
                        + "2018,1,\n"),
                "bad.csv line 2: 'Index of something' in column unit is a label this importer does not know; download"
                        + " the table with codes instead of labels",
                "unit",
                0);
        Rejections.assertRejected(
                importer,
                write("freq,unit,nace_r2,geo,geo_label,TIME_PERIOD,value,flag,jsonstat_index\n"
                        + "A,CP_MEUR,TOTAL,NL21,Overijssel,2018,39910,,1181\nA,CP_MEUR,TOTAL,NL99,X,2018,1,,1\n"),
                "bad.csv line 3: unknown region code 'NL99' in column geo (NUTS 2024)",
                "geo",
                1);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
