package nl.werkkracht.core.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import nl.werkkracht.core.WorkedExample;
import nl.werkkracht.core.gap.MissingSector.Reason;
import nl.werkkracht.core.productivity.OutputLabour;
import org.junit.jupiter.api.Test;

class GapDecompositionTest {

    private static final double TOLERANCE = 1e-12;

    private static GapResult decompose(WorkedExample example) {
        return GapDecomposition.decompose(
                        example.sectors("sectors", "side", "R"), example.sectors("sectors", "side", "N"))
                .orElseThrow();
    }

    @Test
    void shouldSplitTheGapIntoProductivityStructureAndInteraction() {
        var example = WorkedExample.load("gap-decomposition.txt");
        var r = decompose(example);

        assertThat(r.region()).isCloseTo(example.expected("region"), within(TOLERANCE));
        assertThat(r.reference()).isCloseTo(example.expected("reference"), within(TOLERANCE));
        assertThat(r.gap()).isCloseTo(example.expected("gap"), within(TOLERANCE));
        assertThat(r.productivityEffect()).isCloseTo(example.expected("productivityEffect"), within(TOLERANCE));
        assertThat(r.structureEffect()).isCloseTo(example.expected("structureEffect"), within(TOLERANCE));
        assertThat(r.interaction()).isCloseTo(example.expected("interaction"), within(TOLERANCE));
        assertThat(r.missingSectors()).isEmpty();
    }

    @Test
    void shouldGivePerSectorContributionsThatAddUpToTheGap() {
        var example = WorkedExample.load("gap-decomposition.txt");
        var r = decompose(example);

        assertThat(r.sectors()).extracting(SectorGap::sector).containsExactlyInAnyOrder("A", "B", "C");
        for (SectorGap s : r.sectors()) {
            assertThat(s.contribution())
                    .as("c_%s", s.sector())
                    .isCloseTo(example.expected("contribution." + s.sector()), within(TOLERANCE));
        }
        double sum = r.sectors().stream().mapToDouble(SectorGap::contribution).sum();
        assertThat(sum).isCloseTo(r.gap(), within(TOLERANCE));
    }

    @Test
    void shouldReportSharesAndProductivitiesPerSector() {
        var r = decompose(WorkedExample.load("gap-decomposition.txt"));

        SectorGap a = r.sectors().stream()
                .filter(s -> s.sector().equals("A"))
                .findFirst()
                .orElseThrow();
        // s_r,A = 30/100 = 0.3; s_n,A = 200/1000 = 0.2; p_r,A = 30; p_n,A = 25
        assertThat(a.regionShare()).isCloseTo(0.3, within(TOLERANCE));
        assertThat(a.referenceShare()).isCloseTo(0.2, within(TOLERANCE));
        assertThat(a.regionProductivity()).isCloseTo(30, within(TOLERANCE));
        assertThat(a.referenceProductivity()).isCloseTo(25, within(TOLERANCE));
        // 0.2 × 5 = 1; 0.1 × 25 = 2.5; 0.1 × 5 = 0.5
        assertThat(a.productivityEffect()).isCloseTo(1, within(TOLERANCE));
        assertThat(a.structureEffect()).isCloseTo(2.5, within(TOLERANCE));
        assertThat(a.interaction()).isCloseTo(0.5, within(TOLERANCE));
    }

    @Test
    void shouldComputeStructureCorrectedLevelIndexAndExpectedLevel() {
        var example = WorkedExample.load("gap-decomposition.txt");
        var r = decompose(example);

        assertThat(r.correctedLevel()).isCloseTo(example.expected("correctedLevel"), within(TOLERANCE));
        assertThat(r.structureCorrectedIndex().getAsDouble())
                .isCloseTo(example.expected("correctedIndex"), within(1e-9));
        assertThat(r.index().getAsDouble()).isCloseTo(example.expected("index"), within(1e-9));
        assertThat(r.expectedLevel()).isCloseTo(example.expected("expectedLevel"), within(TOLERANCE));
    }

    @Test
    void shouldReportEveryKindOfMissingSector() {
        var r = decompose(WorkedExample.load("gap-decomposition-missing-sectors.txt"));

        assertThat(r.missingSectors())
                .containsExactlyInAnyOrder(
                        new MissingSector("D", Reason.MISSING_IN_REFERENCE),
                        new MissingSector("E", Reason.NO_LABOUR_IN_REFERENCE),
                        new MissingSector("F", Reason.MISSING_IN_REGION),
                        new MissingSector("G", Reason.NO_LABOUR_IN_REGION));
    }

    @Test
    void shouldStateTheShareOfLabourTheDecomposedSectorsCover() {
        var example = WorkedExample.load("gap-decomposition-missing-sectors.txt");
        var r = decompose(example);

        assertThat(r.regionCoverage()).isCloseTo(example.expected("regionCoverage"), within(TOLERANCE));
        assertThat(r.referenceCoverage()).isCloseTo(example.expected("referenceCoverage"), within(TOLERANCE));
        assertThat(r.covered()).isFalse();
        assertThat(decompose(WorkedExample.load("gap-decomposition.txt")).covered())
                .isTrue();
    }

    @Test
    void shouldKeepSectorWithoutRegionalLabourAsPureStructureDifference() {
        var example = WorkedExample.load("gap-decomposition-missing-sectors.txt");
        var r = decompose(example);

        assertThat(r.sectors()).extracting(SectorGap::sector).containsExactlyInAnyOrder("A", "G");
        assertThat(r.region()).isCloseTo(example.expected("region"), within(TOLERANCE));
        assertThat(r.reference()).isCloseTo(example.expected("reference"), within(TOLERANCE));
        assertThat(r.gap()).isCloseTo(example.expected("gap"), within(TOLERANCE));
        assertThat(r.productivityEffect()).isCloseTo(example.expected("productivityEffect"), within(TOLERANCE));
        assertThat(r.structureEffect()).isCloseTo(example.expected("structureEffect"), within(TOLERANCE));
        assertThat(r.interaction()).isCloseTo(example.expected("interaction"), within(TOLERANCE));
        assertThat(r.correctedLevel()).isCloseTo(example.expected("correctedLevel"), within(TOLERANCE));
        SectorGap g = r.sectors().stream()
                .filter(s -> s.sector().equals("G"))
                .findFirst()
                .orElseThrow();
        assertThat(g.regionShare()).isZero();
        assertThat(g.contribution()).isCloseTo(example.expected("contribution.G"), within(TOLERANCE));
        assertThat(g.productivityEffect()).isCloseTo(0, within(TOLERANCE));
        assertThat(g.interaction()).isCloseTo(0, within(TOLERANCE));
    }

    @Test
    void shouldReportSectorMissingInReference() {
        var region = Map.of("A", new OutputLabour(100, 10), "B", new OutputLabour(50, 5));
        var reference = Map.of("A", new OutputLabour(1000, 100));

        var r = GapDecomposition.decompose(region, reference).orElseThrow();

        assertThat(r.missingSectors()).containsExactly(new MissingSector("B", Reason.MISSING_IN_REFERENCE));
        assertThat(r.gap()).isCloseTo(0, within(TOLERANCE));
    }

    @Test
    void shouldReturnEmptyWhenNoSectorHasDataOnBothSides() {
        var region = Map.of("A", new OutputLabour(100, 10));
        var reference = Map.of("B", new OutputLabour(1000, 100));

        assertThat(GapDecomposition.decompose(region, reference)).isEmpty();
        assertThat(GapDecomposition.decompose(Map.of("A", new OutputLabour(0, 0)), Map.of("A", new OutputLabour(5, 1))))
                .isEmpty();
    }
}
