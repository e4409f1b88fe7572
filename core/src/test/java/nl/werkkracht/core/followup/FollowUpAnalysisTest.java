package nl.werkkracht.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.WorkedExample;
import nl.werkkracht.core.benchmark.Direction;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.routeplan.Route;
import org.junit.jupiter.api.Test;

class FollowUpAnalysisTest {

    private static final WorkedExample EXAMPLE = WorkedExample.load("followup/timeline.txt");

    private static List<Intervention> interventions(String name) {
        return EXAMPLE.table("interventions").stream()
                .filter(r -> r.text("case").equals(name))
                .map(r -> new Intervention(
                        r.text("id"), Route.valueOf(r.text("route")), LocalDate.parse(r.text("start"))))
                .toList();
    }

    private static List<WorkedExample.Row> rows(String name) {
        return EXAMPLE.table("series").stream()
                .filter(r -> r.text("case").equals(name))
                .toList();
    }

    private static List<Measurement> measurements(String name) {
        return rows(name).stream()
                .map(r -> new Measurement(Period.parse(r.text("period")).orElseThrow(), r.number("value")))
                .toList();
    }

    private static FollowUpResult.Timeline timeline(String name, FollowUpSettings settings) {
        Direction direction = Direction.valueOf(rows(name).get(0).text("direction"));
        // reversed input order: the analysis sorts by period itself
        List<Measurement> reversed = new java.util.ArrayList<>(measurements(name));
        java.util.Collections.reverse(reversed);
        return (FollowUpResult.Timeline) FollowUpAnalysis.analyse(direction, reversed, interventions(name), settings);
    }

    @Test
    void shouldMatchEveryPointOfTheWorkedExample() {
        for (String name : List.of("a", "b", "c", "d")) {
            FollowUpResult.Timeline timeline = timeline(name, FollowUpSettings.DEFAULT);
            List<WorkedExample.Row> expected = rows(name);

            assertThat(timeline.series()).as(name).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                FollowUpPoint point = timeline.series().get(i);
                WorkedExample.Row row = expected.get(i);
                assertThat(point.period().code()).isEqualTo(row.text("period"));
                assertThat(point.index())
                        .as(name + " " + row.text("period"))
                        .isCloseTo(row.number("index"), within(1e-9));
                assertThat(point.label()).as(name + " " + row.text("period")).hasToString(row.text("label"));
                assertThat(point.adjustingAfter()).isEqualTo(row.optionalText("adjustingAfter"));
            }
            assertThat(timeline.interventions()).isEqualTo(interventions(name));
        }
    }

    @Test
    void shouldTakeTheLastMeasurementBeforeTheFirstInterventionAsBaseline() {
        assertThat(timeline("a", FollowUpSettings.DEFAULT).baseline())
                .isEqualTo(new Measurement(Period.year(2020), 52));
        assertThat(timeline("d", FollowUpSettings.DEFAULT).baseline())
                .isEqualTo(new Measurement(Period.year(2020), 40));
    }

    @Test
    void shouldWidenTheExpectedDipWithALongerAdjustmentPeriodAndATighterTolerance() {
        var settings = new FollowUpSettings(java.time.Period.ofYears(2), 0);

        List<FollowUpPoint> series = timeline("a", settings).series();

        // T1's window now runs to 2023-07-01: 2022 (gain -1.54 > 0 tolerance) and 2023 are expected dips
        assertThat(series.get(3).label()).isEqualTo(PointLabel.EXPECTED_DIP);
        assertThat(series.get(4).label()).isEqualTo(PointLabel.EXPECTED_DIP);
        assertThat(series.get(4).adjustingAfter()).contains("T1");
    }

    @Test
    void shouldSayWhyThereIsNoTimeline() {
        var none = FollowUpAnalysis.analyse(
                Direction.HIGHER_IS_BETTER, List.of(), interventions("a"), FollowUpSettings.DEFAULT);
        var loss = FollowUpAnalysis.analyse(
                Direction.HIGHER_IS_BETTER,
                List.of(new Measurement(Period.year(2020), -3), new Measurement(Period.year(2021), 10)),
                List.of(),
                FollowUpSettings.DEFAULT);

        assertThat(none)
                .isEqualTo(new FollowUpResult.NoTimeline(FollowUpResult.Reason.NO_MEASUREMENTS, interventions("a")));
        assertThat(loss)
                .isEqualTo(new FollowUpResult.NoTimeline(FollowUpResult.Reason.BASELINE_NOT_POSITIVE, List.of()));
    }

    @Test
    void shouldLabelASingleMeasurementAsTheBaseline() {
        var result = (FollowUpResult.Timeline) FollowUpAnalysis.analyse(
                Direction.LOWER_IS_BETTER,
                List.of(new Measurement(Period.year(2024), 4.2)),
                List.of(),
                FollowUpSettings.DEFAULT);

        assertThat(result.series())
                .containsExactly(new FollowUpPoint(Period.year(2024), 4.2, 100, PointLabel.BASELINE, Optional.empty()));
    }

    @Test
    void shouldRejectAPeriodMeasuredTwiceOrMixedYearsAndQuarters() {
        List<Measurement> twice = List.of(new Measurement(Period.year(2020), 1), new Measurement(Period.year(2020), 2));
        List<Measurement> mixed =
                List.of(new Measurement(Period.year(2020), 1), new Measurement(new Period(2021, 1), 2));

        assertThatThrownBy(() -> FollowUpAnalysis.analyse(
                        Direction.HIGHER_IS_BETTER, twice, List.of(), FollowUpSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020");
        assertThatThrownBy(() -> FollowUpAnalysis.analyse(
                        Direction.HIGHER_IS_BETTER, mixed, List.of(), FollowUpSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectInvalidSettingsAndValues() {
        assertThatThrownBy(() -> new FollowUpSettings(java.time.Period.ofYears(1), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpSettings(java.time.Period.ofMonths(-3), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Measurement(Period.year(2020), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpPoint(Period.year(2020), 1, 100, PointLabel.DECLINE, Optional.of("T1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKnowTheDaysOfAPeriod() {
        assertThat(FollowUpAnalysis.firstDay(new Period(2024, 3))).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(FollowUpAnalysis.lastDay(new Period(2024, 1))).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FollowUpAnalysis.lastDay(Period.year(2024))).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
