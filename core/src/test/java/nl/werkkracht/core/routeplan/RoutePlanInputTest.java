package nl.werkkracht.core.routeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.TopBalance;
import org.junit.jupiter.api.Test;

class RoutePlanInputTest {

    @Test
    void shouldKeepMissingFiguresMissingNotZero() {
        RoutePlanInput input = RoutePlanInput.builder().scale("job.autonomy", 0).build();

        assertThat(input.value(Quantity.of("job.autonomy").orElseThrow()).getAsDouble())
                .isCloseTo(0, within(1e-12));
        assertThat(input.value(Quantity.of("job.variety").orElseThrow())).isEmpty();
        assertThat(input.value(Quantity.ABSENTEEISM)).isEmpty();
        assertThat(input.value(Quantity.BALANCE_GAP)).isEmpty();
    }

    @Test
    void shouldTellWhichSourcesGaveFigures() {
        assertThat(RoutePlanInput.NONE.sources()).isEmpty();
        assertThat(RoutePlanInput.builder().employees(12).build().sources()).isEmpty();
        assertThat(RoutePlanInput.builder()
                        .turnover(20)
                        .improvementHours(300)
                        .build()
                        .sources())
                .containsExactlyInAnyOrder(DataSource.FINANCIALS, DataSource.VALUE_STREAM);
        assertThat(RoutePlanInput.builder().pillars(50, 50, 50).build().sources())
                .containsExactly(DataSource.SCAN);
    }

    @Test
    void shouldRejectUnknownScalesAndImpossibleValues() {
        assertThatThrownBy(
                        () -> RoutePlanInput.builder().scale("job.salary", 50).build())
                .hasMessageContaining("unknown scale id job.salary");
        assertThatThrownBy(() ->
                        RoutePlanInput.builder().scale("job.autonomy", 120).build())
                .hasMessageContaining("job.autonomy must score 0–100");
        assertThatThrownBy(() -> RoutePlanInput.builder().absenteeism(-1).build())
                .hasMessageContaining("absenteeism");
        assertThatThrownBy(() ->
                        RoutePlanInput.builder().processCycleEfficiency(140).build())
                .hasMessageContaining("process cycle efficiency");
    }

    @Test
    void shouldFlagAPillarGapAboveFifteenPointsButNotAtFifteen() {
        RoutePlanInput atFifteen = RoutePlanInput.builder().pillars(50, 65, 60).build();
        RoutePlanInput above = RoutePlanInput.builder().pillars(50, 65.5, 60).build();

        assertThat(atFifteen.value(Quantity.BALANCE_GAP).getAsDouble()).isCloseTo(15, within(1e-12));
        assertThat(atFifteen.balance()).map(TopBalance::flagged).contains(false);
        assertThat(above.balance()).map(TopBalance::flagged).contains(true);
        assertThat(above.value(Quantity.pillar(Pillar.ORGANISATION)).getAsDouble())
                .isCloseTo(65.5, within(1e-12));
    }

    @Test
    void shouldNameTheLowestPillarAndBreakTiesInTopOrder() {
        assertThat(lagging(70, 40, 55)).isEqualTo(Pillar.ORGANISATION);
        assertThat(lagging(70, 40, 40)).isEqualTo(Pillar.ORGANISATION);
        assertThat(lagging(40, 70, 40)).isEqualTo(Pillar.TECHNOLOGY);
    }

    @Test
    void shouldRejectPillarScoresOutsideZeroToHundred() {
        assertThatThrownBy(() -> RoutePlanInput.builder().pillars(101, 50, 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("technology");
        assertThatThrownBy(() -> RoutePlanInput.builder().pillars(50, Double.NaN, 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation");
        assertThatThrownBy(() -> RoutePlanInput.builder().balance(TopBalance.of(50, 50, -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("people");
    }

    @Test
    void shouldRecomputeTheBalanceFromThePillarScores() {
        TopBalance inconsistent = new TopBalance(40, 60, 70, 0, false, Pillar.PEOPLE);

        RoutePlanInput input = new RoutePlanInput(
                Map.of(),
                Optional.of(inconsistent),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty());

        assertThat(input.balance()).contains(TopBalance.of(40, 60, 70));
        assertThat(RoutePlanInput.builder().balance(inconsistent).build().balance())
                .contains(TopBalance.of(40, 60, 70));
    }

    @Test
    void shouldMapEachPillarToItsRouteAndBack() {
        assertThat(Route.of(Pillar.TECHNOLOGY)).isEqualTo(Route.TECHNOLOGY);
        assertThat(Route.of(Pillar.ORGANISATION)).isEqualTo(Route.ORGANISATION);
        assertThat(Route.of(Pillar.PEOPLE)).isEqualTo(Route.EMPLOYEE);
        for (Pillar p : Pillar.values()) {
            assertThat(Route.of(p).pillar()).isEqualTo(p);
        }
    }

    private static Pillar lagging(double technology, double organisation, double people) {
        return RoutePlanInput.builder()
                .pillars(technology, organisation, people)
                .build()
                .balance()
                .orElseThrow()
                .lagging();
    }
}
