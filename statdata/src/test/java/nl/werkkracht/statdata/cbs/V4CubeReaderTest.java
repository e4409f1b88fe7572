package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.statdata.importer.ImportProgress;
import org.junit.jupiter.api.Test;

/** CBS OData v4 on the real responses of table 80072ned (sickness absence by SBI 2008). */
class V4CubeReaderTest {

    private final CubeReader reader =
            CubeReader.of(ODataVersion.V4, "80072ned", CbsSamples.source(CbsSamples.V4_80072), "");

    @Test
    void shouldReadPropertiesWithLicenceAndModifiedDate() {
        CbsTableInfo info = reader.info();
        assertThat(info.title()).isEqualTo("Ziekteverzuimpercentage; bedrijfstakken (SBI 2008) en bedrijfsgrootte");
        assertThat(info.period()).isEqualTo("1e kwartaal 1996 - 1e kwartaal 2020");
        assertThat(info.modified()).contains(LocalDate.of(2020, 6, 19));
        assertThat(info.licence()).isEqualTo("CC BY 4.0");
        assertThat(info.licenceUrl()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(info.version()).isEqualTo(ODataVersion.V4);
    }

    @Test
    void shouldReadDimensionsAndMeasureCodes() {
        List<CbsProperty> properties = reader.properties();
        assertThat(properties)
                .extracting(CbsProperty::key, CbsProperty::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Perioden", CbsProperty.Kind.TIME_DIMENSION),
                        org.assertj.core.groups.Tuple.tuple("BedrijfskenmerkenSBI2008", CbsProperty.Kind.DIMENSION),
                        org.assertj.core.groups.Tuple.tuple("M001924", CbsProperty.Kind.TOPIC));
        CbsProperty measure = properties.get(2);
        assertThat(measure.title()).isEqualTo("Ziekteverzuimpercentage");
        assertThat(measure.unit()).isEqualTo("%");
        assertThat(measure.decimals()).hasValue(1);
    }

    @Test
    void shouldReadCodeListsWithTitlesAndPeriodStatus() {
        List<CbsCode> sectors = reader.codes("BedrijfskenmerkenSBI2008");
        assertThat(sectors).hasSize(39);
        assertThat(sectors.get(0)).isEqualTo(new CbsCode("T001081", "A-U Alle economische activiteiten", ""));
        assertThat(sectors).contains(new CbsCode("300003", "B-F Nijverheid en energie", ""));
        List<CbsCode> periods = reader.codes("Perioden");
        assertThat(periods).hasSize(121);
        assertThat(periods.get(120)).isEqualTo(new CbsCode("2020KW01", "2020 1e kwartaal", "Voorlopig"));
    }

    @Test
    void shouldStreamAllObservationsWithMeasureValueAndAttribute() {
        var records = new ArrayList<CbsRecord>();
        long rows = reader.rows(
                List.of("Perioden", "BedrijfskenmerkenSBI2008"), List.of(), records::add, ImportProgress.NONE);

        assertThat(rows).isEqualTo(4_409);
        CbsRecord first = records.get(0);
        assertThat(first.dimensions())
                .containsEntry("Perioden", "1996KW01")
                .containsEntry("BedrijfskenmerkenSBI2008", "T001081");
        RawValue value = first.values().get(0);
        assertThat(value.topic()).isEqualTo("M001924");
        assertThat(value.text()).isEqualTo("5.5");
        assertThat(value.attribute()).isEqualTo("None");
        assertThat(CbsValue.of(value.text(), value.attribute()).value().getAsDouble())
                .isCloseTo(5.5, within(1e-12));
        assertThat(records).extracting(r -> r.values().get(0).attribute()).containsOnly("None");
        assertThat(records.get(4_408).dimensions()).containsEntry("BedrijfskenmerkenSBI2008", "WP19098");
    }
}
