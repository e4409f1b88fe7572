package nl.werkkracht.store.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import org.junit.jupiter.api.Test;

class ObservationQueryTest {

    @Test
    void shouldSelectEverythingOfADatasetByDefault() {
        ObservationQuery query = ObservationQuery.all("nama_10_a64");

        assertThat(query.measures()).isEmpty();
        assertThat(query.regions()).isEmpty();
        assertThat(query.sectors()).isEmpty();
        assertThat(query.fromYear()).isEmpty();
        assertThat(query.toYear()).isEmpty();
        assertThat(query.priceBasis()).isEmpty();
    }

    @Test
    void shouldNarrowStepByStepWithoutChangingTheOriginal() {
        ObservationQuery all = ObservationQuery.all("nama_10_a64");

        ObservationQuery narrow = all.withMeasures(Measure.GVA)
                .withRegions("NL", "PV20")
                .withSectors("C")
                .withYears(2015, 2020)
                .withPriceBasis(PriceBasis.CP);

        assertThat(narrow)
                .isEqualTo(new ObservationQuery(
                        "nama_10_a64",
                        Set.of(Measure.GVA),
                        Set.of("NL", "PV20"),
                        Set.of("C"),
                        OptionalInt.of(2015),
                        OptionalInt.of(2020),
                        Optional.of(PriceBasis.CP)));
        assertThat(all).isEqualTo(ObservationQuery.all("nama_10_a64"));
    }

    @Test
    void shouldRejectYearsInTheWrongOrder() {
        assertThatThrownBy(() -> ObservationQuery.all("nama").withYears(2020, 2015))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from year 2020 is after to year 2015");
    }

    @Test
    void shouldRejectAnInvalidDatasetName() {
        assertThatThrownBy(() -> ObservationQuery.all("Nama 10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid dataset name 'Nama 10'");
    }
}
