package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import org.junit.jupiter.api.Test;

class CbsODataImporterTest {

    private static final CodeLists CODES = CodeListLoader.standard();

    @Test
    void shouldImportTheTotalsOf80137nedWithTheShippedMapping() {
        var sink = new CbsSamples.CollectingSink();
        ImportSummary summary = CbsODataImporter.importTable(
                "80137ned", CbsSamples.source(CbsSamples.V3_80137), CODES, sink, ImportProgress.NONE);

        assertThat(summary.observations()).isEqualTo(25);
        assertThat(sink.observations).hasSize(25);
        assertThat(summary.observations() + summary.skipped()).isEqualTo(675L * 12);
        assertThat(sink.observations).allSatisfy(o -> {
            assertThat(o.region()).isEqualTo("NL");
            assertThat(o.sector()).isEqualTo("TOTAL");
            assertThat(o.status()).isEqualTo(Status.DEFINITIVE);
        });
        assertThat(summary.notes())
                .contains("skipped 7200 values: rows with Persoonskenmerken other than '1' (filter)")
                .anyMatch(n -> n.startsWith("skipped 840 values: sector keys without a mapping not imported"))
                .anyMatch(n -> n.equals("skipped 5 values: topic Werknemers_2 'Werknemers' (1 000 banen) not "
                        + "imported: employees' jobs have no Werkkracht measure"));
    }

    @Test
    void shouldConvertEachTopicToItsMeasureUnitAndPriceBasis() {
        var sink = new CbsSamples.CollectingSink();
        CbsODataImporter.importTable(
                "80137ned", CbsSamples.source(CbsSamples.V3_80137), CODES, sink, ImportProgress.NONE);

        Observation jobs = find(sink.observations, Measure.JOBS, 2001);
        assertThat(jobs.value().getAsDouble()).isCloseTo(8811.0, within(1e-9));
        assertThat(jobs.unit()).isEqualTo(Unit.THS_JOB);
        assertThat(jobs.priceBasis()).isEqualTo(PriceBasis.NONE);
        Observation fte = find(sink.observations, Measure.FTE, 2002);
        assertThat(fte.value().getAsDouble()).isCloseTo(6619.5, within(1e-9));
        assertThat(fte.unit()).isEqualTo(Unit.THS_FTE);
        Observation hours = find(sink.observations, Measure.HOURS, 2005);
        assertThat(hours.value().getAsDouble()).isCloseTo(11496.0, within(1e-9));
        assertThat(hours.unit()).isEqualTo(Unit.MIO_HW);
        Observation employeeHours = find(sink.observations, Measure.EMPLOYEE_HOURS, 2003);
        assertThat(employeeHours.value().getAsDouble()).isCloseTo(9726.0, within(1e-9));
        Observation comp = find(sink.observations, Measure.COMP, 2001);
        assertThat(comp.value().getAsDouble()).isCloseTo(227_400.0, within(1e-9));
        assertThat(comp.unit()).isEqualTo(Unit.MIO_EUR);
        assertThat(comp.priceBasis()).isEqualTo(PriceBasis.CP);
    }

    @Test
    void shouldImport84419nedShapedTableWithTheShippedMapping() {
        var sink = new CbsSamples.CollectingSink();
        ImportSummary summary = CbsODataImporter.importTable(
                "84419NED", CbsSamples.source(CbsSamples.SYNTHETIC_84419), CODES, sink, ImportProgress.NONE);

        assertThat(summary.observations()).isEqualTo(24);
        assertThat(summary.observations() + summary.skipped()).isEqualTo(11L * 9);
        Observation gva = find(sink.observations, Measure.GVA, "NL", "TOTAL");
        assertThat(gva.value().getAsDouble()).isCloseTo(774_497, within(1e-9));
        assertThat(gva.unit()).isEqualTo(Unit.MIO_EUR);
        assertThat(gva.priceBasis()).isEqualTo(PriceBasis.CP);
        assertThat(gva.period()).isEqualTo(Period.year(2021));
        assertThat(gva.status()).isEqualTo(Status.PROVISIONAL);
        assertThat(find(sink.observations, Measure.FTE, "PV20", "TOTAL").value().getAsDouble())
                .isCloseTo(240.7, within(1e-9));
        assertThat(find(sink.observations, Measure.COMP, "LD01", "R-U").value().getAsDouble())
                .isCloseTo(691, within(1e-9));
        assertThat(find(sink.observations, Measure.GVA, "NLZ", "R-U").value().getAsDouble())
                .isZero();
        Observation secret = find(sink.observations, Measure.GVA, "CR01", "R-U");
        assertThat(secret.status()).isEqualTo(Status.CONFIDENTIAL);
        assertThat(secret.value()).isEmpty();
        Observation households = find(sink.observations, Measure.GVA, "NL", "T");
        assertThat(households.status()).isEqualTo(Status.MISSING);
        assertThat(summary.notes())
                .contains("sector T00001 'T Huishoudens' imported as T (from its CBS title; not in "
                        + "84419NED.properties)")
                .anyMatch(n -> n.startsWith("skipped 18 values: region keys whose CBS title ends in '(CP)'"))
                .anyMatch(n -> n.startsWith("skipped 9 values: sector 300003 'B-F Nijverheid en energie' not"));
    }

    @Test
    void shouldImportV4ObservationsWithPeriodStatus() {
        var sink = new CbsSamples.CollectingSink();
        ImportSummary summary = CbsODataImporter.importTable(
                CbsSamples.testMapping("80072ned-test.properties"),
                CbsSamples.source(CbsSamples.V4_80072),
                CODES,
                sink,
                ImportProgress.NONE);

        assertThat(summary.observations()).isEqualTo(2_326);
        assertThat(summary.skipped()).isEqualTo(4_409 - 2_326);
        Observation first = sink.observations.get(0);
        assertThat(first.sector()).isEqualTo("TOTAL");
        assertThat(first.period()).isEqualTo(new Period(1996, 1));
        assertThat(first.value().getAsDouble()).isCloseTo(5.5, within(1e-12));
        assertThat(first.status()).isEqualTo(Status.DEFINITIVE);
        Observation provisional = sink.observations.stream()
                .filter(o -> o.sector().equals("TOTAL") && o.period().equals(new Period(2020, 1)))
                .findFirst()
                .orElseThrow();
        assertThat(provisional.value().getAsDouble()).isCloseTo(5.2, within(1e-12));
        assertThat(provisional.status()).isEqualTo(Status.PROVISIONAL);
        assertThat(sink.observations).extracting(Observation::sector).contains("A", "O-U", "S");
    }

    @Test
    void shouldReadTableInfoForTheDatasetRecord() {
        CbsTableInfo info = CbsODataImporter.tableInfo("80137ned", CbsSamples.source(CbsSamples.V3_80137));
        assertThat(info.title()).isEqualTo("Arbeidsrekeningen; leeftijd en opleidingsniveau");
        assertThat(info.attribution()).isEqualTo("Bron: CBS, CBS StatLine tabel 80137ned (CC BY 4.0)");
        CbsTableInfo v4 =
                CbsODataImporter.tableInfo("80072ned", ODataVersion.V4, CbsSamples.source(CbsSamples.V4_80072));
        assertThat(v4.modified()).isPresent();
    }

    private static Observation find(List<Observation> observations, Measure measure, int year) {
        return observations.stream()
                .filter(o -> o.measure() == measure && o.period().equals(Period.year(year)))
                .findFirst()
                .orElseThrow();
    }

    private static Observation find(List<Observation> observations, Measure measure, String region, String sector) {
        return observations.stream()
                .filter(o -> o.measure() == measure
                        && o.region().equals(region)
                        && o.sector().equals(sector))
                .findFirst()
                .orElseThrow();
    }
}
