package nl.werkkracht.core.shiftshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import nl.werkkracht.core.WorkedExample;
import nl.werkkracht.core.productivity.OutputLabour;
import org.junit.jupiter.api.Test;

class ShiftShareTest {

    private static final double TOLERANCE = 1e-12;

    private final WorkedExample example = WorkedExample.load("shift-share.txt");

    private ShiftShareResult workedExample() {
        return ShiftShare.decompose(
                example.sectors("sectors", "period", "t0"), example.sectors("sectors", "period", "t1"));
    }

    @Test
    void shouldComputeAggregateLevelsAsLabourWeightedMeans() {
        var r = workedExample();

        assertThat(r.from()).isCloseTo(example.expected("from"), within(TOLERANCE));
        assertThat(r.to()).isCloseTo(example.expected("to"), within(TOLERANCE));
        assertThat(r.change()).isCloseTo(example.expected("change"), within(TOLERANCE));
    }

    @Test
    void shouldSplitChangeIntoWithinStaticAndDynamicEffects() {
        var r = workedExample();

        assertThat(r.within()).isCloseTo(example.expected("within"), within(TOLERANCE));
        assertThat(r.staticShift()).isCloseTo(example.expected("staticShift"), within(TOLERANCE));
        assertThat(r.dynamicShift()).isCloseTo(example.expected("dynamicShift"), within(TOLERANCE));
        assertThat(r.within() + r.staticShift() + r.dynamicShift()).isCloseTo(r.change(), within(TOLERANCE));
    }

    @Test
    void shouldExpressEffectsAsSharesOfChange() {
        var r = workedExample();

        assertThat(r.shareOfChange(r.within()).getAsDouble()).isCloseTo(example.expected("withinShare"), within(1e-9));
        assertThat(r.shareOfChange(r.staticShift()).getAsDouble())
                .isCloseTo(example.expected("staticShare"), within(1e-9));
        assertThat(r.shareOfChange(r.dynamicShift()).getAsDouble())
                .isCloseTo(example.expected("dynamicShare"), within(1e-9));
    }

    @Test
    void shouldGivePerSectorTermsThatAddUpToTheChange() {
        var r = workedExample();

        assertThat(r.sectors()).extracting(SectorShift::sector).containsExactly("A", "B", "C");
        for (SectorShift s : r.sectors()) {
            assertThat(s.total())
                    .as("total of %s", s.sector())
                    .isCloseTo(example.expected("total." + s.sector()), within(TOLERANCE));
        }
        SectorShift c = r.sectors().get(2);
        assertThat(c.shareFrom()).isCloseTo(0.4, within(TOLERANCE));
        assertThat(c.shareTo()).isCloseTo(0.25, within(TOLERANCE));
        assertThat(c.productivityTo()).isCloseTo(27, within(TOLERANCE));
        assertThat(c.within()).isCloseTo(example.expected("within.C"), within(TOLERANCE));
        assertThat(c.staticShift()).isCloseTo(example.expected("staticShift.C"), within(TOLERANCE));
        assertThat(c.dynamicShift()).isCloseTo(example.expected("dynamicShift.C"), within(TOLERANCE));
    }

    @Test
    void shouldReportSectorMissingInOnePeriodAndLeaveItOutOfBothLevels() {
        var from = new java.util.LinkedHashMap<>(example.sectors("sectors", "period", "t0"));
        var to = new java.util.LinkedHashMap<>(example.sectors("sectors", "period", "t1"));
        from.put("D", new OutputLabour(1_000, 10));
        to.put("E", new OutputLabour(50, 5));
        from.put("F", new OutputLabour(80, 4));
        to.put("F", new OutputLabour(0, 0));

        var r = ShiftShare.decompose(from, to);

        assertThat(r.missingSectors()).containsExactlyInAnyOrder("D", "E", "F");
        assertThat(r.from()).isCloseTo(example.expected("from"), within(TOLERANCE));
        assertThat(r.to()).isCloseTo(example.expected("to"), within(TOLERANCE));
        assertThat(r.within()).isCloseTo(example.expected("within"), within(TOLERANCE));
    }

    @Test
    void shouldReturnEmptyDecompositionWhenNoSectorHasBothPeriods() {
        var r = ShiftShare.decompose(Map.of("A", new OutputLabour(1, 1)), Map.of("B", new OutputLabour(1, 1)));

        assertThat(r.sectors()).isEmpty();
        assertThat(r.missingSectors()).containsExactlyInAnyOrder("A", "B");
        assertThat(r.change()).isZero();
        assertThat(r.shareOfChange(r.within())).isEmpty();
    }
}
