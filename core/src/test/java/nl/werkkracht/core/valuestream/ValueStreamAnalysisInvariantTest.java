package nl.werkkracht.core.valuestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the value-stream metrics that hold for any process (METHODS.md §12). */
class ValueStreamAnalysisInvariantTest {

    private static final int CASES = 500;

    private static ValueStream randomStream(Random random) {
        int n = 1 + random.nextInt(15);
        var steps = new ArrayList<Step>(n);
        for (int i = 0; i < n; i++) {
            StepClass c = StepClass.values()[random.nextInt(StepClass.values().length)];
            Optional<WasteType> type = c == StepClass.WASTE
                    ? Optional.of(WasteType.values()[random.nextInt(WasteType.values().length)])
                    : Optional.empty();
            // a zero now and then, so that empty sums occur
            double process = random.nextInt(5) == 0 ? 0 : random.nextDouble() * 240;
            double waiting = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 5000;
            steps.add(new Step("R" + random.nextInt(4), process, waiting, c, type, random.nextBoolean()));
        }
        return new ValueStream("Willekeurig", random.nextDouble() * 10_000, steps);
    }

    private static double tolerance(double magnitude) {
        return 1e-12 * Math.max(1, Math.abs(magnitude));
    }

    @Test
    void shouldKeepEfficiencyAndRegistrationShareBetweenZeroAndOne() {
        var random = new Random(20_260_401L);
        for (int i = 0; i < CASES; i++) {
            ValueStreamMetrics m = ValueStreamAnalysis.analyse(randomStream(random), OptionalDouble.empty());

            m.processCycleEfficiency().ifPresent(pce -> assertThat(pce).isBetween(0.0, 1.0));
            m.registrationShare().ifPresent(share -> assertThat(share).isBetween(0.0, 1.0));
            assertThat(m.processCycleEfficiency().isPresent()).isEqualTo(m.leadTimeMinutes() > 0);
            assertThat(m.registrationShare().isPresent()).isEqualTo(m.processMinutes() > 0);
        }
    }

    @Test
    void shouldBreakWasteDownIntoTypesThatAddUpToTheTotal() {
        var random = new Random(20_260_402L);
        for (int i = 0; i < CASES; i++) {
            ValueStreamMetrics m = ValueStreamAnalysis.analyse(randomStream(random), OptionalDouble.empty());

            double sum = m.wasteByType().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            assertThat(sum).as("case %d", i).isCloseTo(m.wasteMinutesPerPass(), within(tolerance(sum)));
            assertThat(m.wasteByType()).hasSize(WasteType.values().length);
        }
    }

    @Test
    void shouldSplitLeadTimeIntoProcessAndWaitingAndProcessIntoItsParts() {
        var random = new Random(20_260_403L);
        for (int i = 0; i < CASES; i++) {
            ValueStream stream = randomStream(random);
            ValueStreamMetrics m = ValueStreamAnalysis.analyse(stream, OptionalDouble.empty());

            double lead = stream.steps().stream().mapToDouble(Step::leadMinutes).sum();
            assertThat(m.leadTimeMinutes()).isCloseTo(lead, within(tolerance(lead)));
            assertThat(m.processMinutes() + m.waitingMinutes()).isCloseTo(m.leadTimeMinutes(), within(tolerance(lead)));
            assertThat(m.valueAddingMinutes() + m.wasteMinutesPerPass())
                    .isLessThanOrEqualTo(m.processMinutes() + tolerance(lead));
        }
    }

    @Test
    void shouldCountFewerHandoversThanSteps() {
        var random = new Random(20_260_404L);
        for (int i = 0; i < CASES; i++) {
            ValueStream stream = randomStream(random);
            int handovers =
                    ValueStreamAnalysis.analyse(stream, OptionalDouble.empty()).handovers();

            assertThat(handovers).isBetween(0, stream.steps().size() - 1);
        }
    }

    @Test
    void shouldValueImprovementHoursAtTheValueAddedPerHour() {
        var random = new Random(20_260_405L);
        for (int i = 0; i < CASES; i++) {
            ValueStream stream = randomStream(random);
            double perHour = 1 + random.nextDouble() * 150;
            ValueStreamMetrics m = ValueStreamAnalysis.analyse(stream, OptionalDouble.of(perHour));

            double hours = stream.volumePerYear() * m.wasteMinutesPerPass() / 60;
            assertThat(m.improvementHoursPerYear()).isCloseTo(hours, within(tolerance(hours)));
            assertThat(m.improvementEuroPerYear().getAsDouble())
                    .isCloseTo(hours * perHour, within(tolerance(hours * perHour)));
        }
    }

    @Test
    void shouldNotDependOnRoleCase() {
        var random = new Random(20_260_406L);
        for (int i = 0; i < CASES; i++) {
            ValueStream stream = randomStream(random);
            List<Step> shouted = stream.steps().stream()
                    .map(s -> new Step(
                            s.roleName().toUpperCase(java.util.Locale.ROOT),
                            s.processMinutes(),
                            s.waitingMinutes(),
                            s.classification(),
                            s.wasteType(),
                            s.registration()))
                    .toList();

            assertThat(ValueStreamAnalysis.handovers(shouted)).isEqualTo(ValueStreamAnalysis.handovers(stream.steps()));
        }
    }
}
