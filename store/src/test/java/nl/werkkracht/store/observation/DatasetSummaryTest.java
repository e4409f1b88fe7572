package nl.werkkracht.store.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.Status;
import org.junit.jupiter.api.Test;

class DatasetSummaryTest {

    private static final DatasetInfo INFO = DatasetInfo.of("nama", "Nama");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void shouldCountEveryStatusIncludingAbsentOnes() {
        DatasetSummary summary = new DatasetSummary(
                INFO,
                NOW,
                3,
                Set.of(Measure.HOURS),
                Optional.of(Period.year(2015)),
                Optional.of(Period.year(2016)),
                1,
                1,
                Map.of(Status.DEFINITIVE, 2L, Status.CONFIDENTIAL, 1L));

        assertThat(summary.count(Status.DEFINITIVE)).isEqualTo(2);
        assertThat(summary.count(Status.MISSING)).isZero();
        assertThat(summary.statusCounts()).hasSize(Status.values().length);
    }

    @Test
    void shouldRejectStatusCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> new DatasetSummary(
                        INFO,
                        NOW,
                        3,
                        Set.of(),
                        Optional.of(Period.year(2015)),
                        Optional.of(Period.year(2015)),
                        1,
                        1,
                        Map.of(Status.DEFINITIVE, 2L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not add up to 3");
    }

    @Test
    void shouldRejectAFirstPeriodAfterTheLast() {
        assertThatThrownBy(() -> new DatasetSummary(
                        INFO,
                        NOW,
                        0,
                        Set.of(),
                        Optional.of(Period.year(2016)),
                        Optional.of(new Period(2015, 4)),
                        0,
                        0,
                        Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first period 2016 is after last period 2015Q4");
    }
}
