package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkkracht.statdata.importer.ImportProgress;
import org.junit.jupiter.api.Test;

/** CBS OData v3 on the real responses of table 80137ned (labour accounts, TypedDataSet). */
class V3CubeReaderTest {

    private final CubeReader reader =
            CubeReader.of(ODataVersion.V3, "80137ned", CbsSamples.source(CbsSamples.V3_80137), "TypedDataSet");

    @Test
    void shouldReadTableInfosIntoTheDatasetRecord() {
        CbsTableInfo info = reader.info();
        assertThat(info.tableId()).isEqualTo("80137ned");
        assertThat(info.title()).isEqualTo("Arbeidsrekeningen; leeftijd en opleidingsniveau");
        assertThat(info.period()).isEqualTo("2001-2005");
        assertThat(info.modified()).contains(LocalDate.of(2009, 7, 10));
        assertThat(info.source()).isEqualTo("CBS StatLine");
        assertThat(info.licence()).isEqualTo("CC BY 4.0");
        assertThat(info.version()).isEqualTo(ODataVersion.V3);
    }

    @Test
    void shouldReadDimensionsAndTopicsWithUnitsFromDataProperties() {
        List<CbsProperty> properties = reader.properties();
        assertThat(properties)
                .filteredOn(CbsProperty::isDimension)
                .extracting(CbsProperty::key)
                .containsExactly("Persoonskenmerken", "BedrijfstakkenSBI93", "Perioden");
        assertThat(properties).filteredOn(p -> !p.isDimension()).hasSize(12);
        CbsProperty jobs = properties.stream()
                .filter(p -> p.key().equals("Totaal_1"))
                .findFirst()
                .orElseThrow();
        assertThat(jobs.title()).isEqualTo("Totaal");
        assertThat(jobs.unit()).isEqualTo("1 000 banen");
        assertThat(jobs.decimals()).hasValue(0);
        CbsProperty fte = properties.stream()
                .filter(p -> p.key().equals("Totaal_4"))
                .findFirst()
                .orElseThrow();
        assertThat(fte.unit()).isEqualTo("1 000 arbeidsjaren");
        assertThat(fte.decimals()).hasValue(1);
        assertThat(properties.stream()
                        .filter(p -> p.key().equals("Totaal_10"))
                        .findFirst()
                        .orElseThrow()
                        .unit())
                .isEqualTo("mld euro");
    }

    @Test
    void shouldReadCodeListsWithTrimmedKeys() {
        List<CbsCode> persons = reader.codes("Persoonskenmerken");
        assertThat(persons).hasSize(9);
        assertThat(persons.get(0)).isEqualTo(new CbsCode("1", "Totaal", ""));
        List<CbsCode> sectors = reader.codes("BedrijfstakkenSBI93");
        assertThat(sectors).hasSize(15);
        assertThat(sectors.get(0)).isEqualTo(new CbsCode("99", "Totaal economische activiteiten", ""));
        assertThat(reader.codes("Perioden"))
                .extracting(CbsCode::key, CbsCode::status)
                .first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("2001JJ00", "Definitief"));
    }

    @Test
    void shouldStreamTypedDataSetRowsFieldByField() {
        var records = new ArrayList<CbsRecord>();
        List<String> dimensions = List.of("Persoonskenmerken", "BedrijfstakkenSBI93", "Perioden");
        List<String> topics = List.of("Totaal_1", "Totaal_4", "Totaal_7", "Werknemers_8", "Totaal_10");
        long rows = reader.rows(dimensions, topics, records::add, ImportProgress.NONE);

        assertThat(rows).isEqualTo(675);
        CbsRecord first = records.get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.dimensions())
                .isEqualTo(Map.of("Persoonskenmerken", "1", "BedrijfstakkenSBI93", "99", "Perioden", "2001JJ00"));
        assertThat(first.values())
                .extracting(RawValue::topic, RawValue::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Totaal_1", "8811.0"),
                        org.assertj.core.groups.Tuple.tuple("Totaal_4", "6636.4"),
                        org.assertj.core.groups.Tuple.tuple("Totaal_7", "11791.0"),
                        org.assertj.core.groups.Tuple.tuple("Werknemers_8", "9833.0"),
                        org.assertj.core.groups.Tuple.tuple("Totaal_10", "227.4"));
        CbsRecord last = records.get(674);
        assertThat(last.number()).isEqualTo(675);
        assertThat(last.dimensions())
                .containsEntry("Persoonskenmerken", "9")
                .containsEntry("BedrijfstakkenSBI93", "14")
                .containsEntry("Perioden", "2005JJ00");
        assertThat(last.values().get(0).text()).isEqualTo("165.0");
        assertThat(last.values().get(4).text()).isEqualTo("3.8");
    }
}
