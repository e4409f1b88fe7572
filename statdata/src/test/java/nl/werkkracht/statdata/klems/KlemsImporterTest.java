package nl.werkkracht.statdata.klems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.testing.RealFiles;
import nl.werkkracht.statdata.testing.RecordingSink;
import nl.werkkracht.statdata.testing.Rejections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KlemsImporterTest {

    private static final String HEADER = "\"geo\",\"nace_r2\",\"nace_r2_name\",\"year\",\"var\",\"value\"\n";
    private static final String GOOD_LINE = "\"NL\",\"TOT\",\"Total - all NACE activities\",2019,\"VA_CP\",722150\n";

    /** LP1_G and its contributions are published rounded to single precision: about 7 significant digits. */
    private static final double ADDITIVITY_TOLERANCE = 1e-5;

    private static final CodeLists CODE_LISTS = CodeListLoader.standard();
    private static RecordingSink realFile;
    private static ImportSummary realSummary;

    private final KlemsImporter importer = new KlemsImporter(CODE_LISTS);

    @TempDir
    Path dir;

    @BeforeAll
    static void importTheRealFile() {
        realFile = new RecordingSink();
        realSummary = new KlemsImporter(CODE_LISTS)
                .importFile(RealFiles.path(RealFiles.KLEMS), realFile, ImportProgress.NONE);
    }

    // --- the real file --------------------------------------------------------------------------

    @Test
    void shouldImportTheThirteenMappedVariablesAndSkipTheRest() {
        // VA_CP 1200 + VA_PYP 1152 + VA_Q 1200 + LAB 1200 + CAP 1200 + CAP_QI 1177 + LAB_QI 1125
        // + LP1_G 1152 + 3 x 1128 (ICT, non-ICT, intangibles) + 2 x 1072 (LC, TFP) = 14,934 of 37,517 rows.
        assertThat(realSummary.observations()).isEqualTo(14_934);
        assertThat(realSummary.skipped()).isEqualTo(37_517 - 14_934);
        assertThat(realSummary.notes())
                .singleElement()
                .asString()
                .startsWith("skipped 22583 values: KLEMS variables Werkkracht does not import (")
                .contains("CAPICT_QI 1177", "VA_G 1152", "and 10 more");
        assertThat(realFile.received()).allSatisfy(o -> {
            assertThat(o.region()).isEqualTo("NL");
            assertThat(o.status()).isEqualTo(Status.DEFINITIVE);
        });
    }

    @Test
    void shouldReadValueAddedOfTheWholeEconomyIn2019FieldByField() {
        Observation cp = realFile.get(Measure.GVA, "NL", "TOTAL", 2019, PriceBasis.CP);
        assertThat(cp.period()).isEqualTo(Period.year(2019));
        assertThat(cp.value().getAsDouble()).isCloseTo(722150, within(1e-9));
        assertThat(cp.unit()).isEqualTo(Unit.MIO_EUR);
        assertThat(realFile.get(Measure.GVA, "NL", "TOTAL", 2019, PriceBasis.PYP)
                        .value()
                        .getAsDouble())
                .isCloseTo(704005, within(1e-9));
        assertThat(realFile.get(Measure.GVA, "NL", "TOTAL", 2019, PriceBasis.clv(2015))
                        .value()
                        .getAsDouble())
                .isCloseTo(677661.521137334, within(1e-6));
        assertThat(realFile.get(Measure.LAB_COMP, "NL", "TOTAL", 2019, PriceBasis.CP)
                        .value()
                        .getAsDouble())
                .isCloseTo(488419.125, within(1e-9));
        Observation capital = realFile.get(Measure.CAPITAL_SERVICES_INDEX, "NL", "TOTAL", 2019, PriceBasis.NONE);
        assertThat(capital.value().getAsDouble()).isCloseTo(106.80029296875, within(1e-9));
        assertThat(capital.unit()).isEqualTo(Unit.INDEX);
        Observation growth = realFile.get(Measure.LP_HOUR_GROWTH, "NL", "A", 1996, PriceBasis.NONE);
        assertThat(growth.value().getAsDouble()).isCloseTo(-6.72241878509521, within(1e-12));
        assertThat(growth.unit()).isEqualTo(Unit.PCT);
    }

    @Test
    void shouldFindThatVaQIsAChainLinkedVolumeIn2015PricesNotAnIndex() {
        // VA_Q equals VA_CP in 2015 for every industry with value added (48 of the 49 codes; U has only
        // indices), whereas the QI indices are 100 in 2015.
        List<Observation> volume2015 = realFile.received().stream()
                .filter(o -> o.priceBasis().equals(PriceBasis.clv(2015))
                        && o.period().equals(Period.year(2015)))
                .toList();
        assertThat(volume2015).hasSize(48);
        assertThat(volume2015).allSatisfy(v -> assertThat(v.value().getAsDouble())
                .isCloseTo(
                        realFile.get(Measure.GVA, "NL", v.sector(), 2015, PriceBasis.CP)
                                .value()
                                .getAsDouble(),
                        within(1e-6)));
        assertThat(realFile.received())
                .filteredOn(o -> o.measure() == Measure.LABOUR_SERVICES_INDEX
                        && o.period().equals(Period.year(2015)))
                .allSatisfy(o -> assertThat(o.value().getAsDouble()).isCloseTo(100, within(1e-9)));
    }

    @Test
    void shouldMapKlemsIndustryCodesToCodeListSectors() {
        var sectors = realFile.received().stream().map(Observation::sector).collect(Collectors.toSet());

        assertThat(sectors)
                .hasSize(49)
                .contains("TOTAL", "M_N", "C22_C23", "C24_C25", "C29_C30", "J62_J63", "MARKT", "U");
        assertThat(sectors).doesNotContain("TOT", "M-N", "C22-C23");
        assertThat(sectors)
                .allSatisfy(code -> assertThat(CODE_LISTS.sector(code)).isPresent());
    }

    @Test
    void shouldCarryNegativeValueAddedAndCompensation() {
        assertThat(realFile.get(Measure.GVA, "NL", "C19", 2014, PriceBasis.CP)
                        .value()
                        .getAsDouble())
                .isCloseTo(-339, within(1e-9));
        assertThat(realFile.get(Measure.LAB_COMP, "NL", "C19", 2014, PriceBasis.CP)
                        .value()
                        .getAsDouble())
                .isCloseTo(-322.049987792969, within(1e-9));
    }

    @Test
    void shouldFindHourProductivityGrowthEqualToTheSumOfItsFiveContributions() {
        List<Measure> parts = List.of(
                Measure.LP_CONTRIB_ICT,
                Measure.LP_CONTRIB_NONICT,
                Measure.LP_CONTRIB_INTANGIBLE,
                Measure.LP_CONTRIB_LABOUR_COMPOSITION,
                Measure.LP_CONTRIB_TFP);
        Map<String, Double> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Observation o : realFile.received()) {
            if (parts.contains(o.measure())) {
                sums.merge(o.sector() + "/" + o.period(), o.value().getAsDouble(), Double::sum);
                counts.merge(o.sector() + "/" + o.period(), 1, Integer::sum);
            }
        }
        List<Observation> complete = realFile.received().stream()
                .filter(o -> o.measure() == Measure.LP_HOUR_GROWTH
                        && counts.getOrDefault(o.sector() + "/" + o.period(), 0) == parts.size())
                .toList();

        // 1,152 LP1_G values; 80 lack contributions (T: all five; M, N, Q86, Q87-Q88: LC and TFP).
        assertThat(complete).hasSize(1072);
        assertThat(complete).allSatisfy(g -> assertThat(sums.get(g.sector() + "/" + g.period()))
                .isCloseTo(g.value().getAsDouble(), within(ADDITIVITY_TOLERANCE)));
    }

    // --- edge cases and errors ------------------------------------------------------------------

    @Test
    void shouldSkipOtherCountriesAndNotAvailableValues() throws IOException {
        var sink = new RecordingSink();
        ImportSummary summary = importer.importFile(
                write(HEADER + "\"DE\",\"TOT\",\"Total\",2019,\"VA_CP\",3000000\n"
                        + "\"NL\",\"TOT\",\"Total\",2018,\"VA_CP\",NA\n" + GOOD_LINE),
                sink,
                ImportProgress.NONE);

        assertThat(sink.received()).hasSize(1);
        assertThat(summary.notes())
                .containsExactly(
                        "skipped 1 values: countries other than the Netherlands (DE 1)",
                        "skipped 1 values: not available (NA) (VA_CP 1)");
    }

    @Test
    void shouldRejectMalformedHeader() throws IOException {
        assertRejected(
                "\"geo\",\"nace_r2\",\"year\",\"var\",\"value\"\n" + GOOD_LINE,
                "bad.csv line 1: malformed header '\"geo\",\"nace_r2\",\"year\",\"var\",\"value\"'; expected "
                        + "\"geo\",\"nace_r2\",\"nace_r2_name\",\"year\",\"var\",\"value\"",
                "",
                0);
    }

    @Test
    void shouldRejectWrongNumberOfFields() throws IOException {
        // An unquoted industry name with a comma splits into two fields: 7 instead of 6.
        assertRejected(
                HEADER + GOOD_LINE + "\"NL\",\"A\",Agriculture, forestry and fishing,2019,\"VA_CP\",10000\n",
                "bad.csv line 3: expected 6 fields, got 7",
                "",
                1);
    }

    @Test
    void shouldRejectNonNumericValue() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "\"NL\",\"TOT\",\"Total\",2018,\"VA_CP\",12.3.4\n",
                "bad.csv line 3: value '12.3.4' in column value is not a number",
                "value",
                1);
    }

    @Test
    void shouldRejectUnknownSectorCodeEvenForASkippedVariable() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "\"NL\",\"Z99\",\"Nothing\",2019,\"VA_G\",1.5\n",
                "bad.csv line 3: unknown sector code 'Z99' in column nace_r2",
                "nace_r2",
                1);
    }

    @Test
    void shouldRejectUnknownDutchRegionCode() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "\"NL9\",\"TOT\",\"Total\",2019,\"VA_CP\",1\n",
                "bad.csv line 3: unknown region code 'NL9' in column geo",
                "geo",
                1);
    }

    @Test
    void shouldRejectUnparseableYear() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "\"NL\",\"TOT\",\"Total\",2019.0,\"VA_PYP\",1\n",
                "bad.csv line 3: period '2019.0' in column year is not a year (2015) or a quarter (2015Q1)",
                "year",
                1);
    }

    @Test
    void shouldRejectDuplicateKeyNamingBothLines() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "\"NL\",\"TOT\",\"Total\",2019,\"VA_PYP\",704005\n" + GOOD_LINE,
                "bad.csv line 4: duplicate of line 2: GVA,NL,TOTAL,2019,CP",
                "",
                2);
    }

    @Test
    void shouldWrapSinkRejectionWithTheLine() throws IOException {
        Path file = write(HEADER + GOOD_LINE + "\"NL\",\"TOT\",\"Total\",2019,\"VA_PYP\",704005\n");
        var sink = RecordingSink.rejectingObservation(2, "GVA,NL,TOTAL,2019,PYP is already stored");

        assertThatThrownBy(() -> importer.importFile(file, sink, ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("bad.csv line 3: GVA,NL,TOTAL,2019,PYP is already stored");
        assertThat(sink.received()).hasSize(1);
    }

    private void assertRejected(String content, String message, String field, int deliveredBefore) throws IOException {
        Rejections.assertRejected(importer, write(content), message, field, deliveredBefore);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("bad.csv"), content);
    }
}
