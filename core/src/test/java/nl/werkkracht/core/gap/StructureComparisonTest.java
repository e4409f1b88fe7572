package nl.werkkracht.core.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import nl.werkkracht.core.RandomEconomy;
import nl.werkkracht.core.WorkedExample;
import nl.werkkracht.core.gap.MissingSector.Reason;
import org.junit.jupiter.api.Test;

class StructureComparisonTest {

    private static final double TOLERANCE = 1e-12;

    private final WorkedExample example = WorkedExample.load("structure-comparison.txt");

    private Map<String, Double> column(String name) {
        var out = new LinkedHashMap<String, Double>();
        for (var row : example.table("sectors")) {
            row.optionalNumber(name).ifPresent(v -> out.put(row.text("sector"), v));
        }
        return out;
    }

    private StructureResult workedExample() {
        return StructureComparison.compare(
                        column("regionLabour"),
                        column("referenceLabour"),
                        column("referenceProductivity"),
                        example.expected("actualRegion"),
                        example.expected("actualReference"))
                .orElseThrow();
    }

    @Test
    void shouldComputeExpectedLevelsFromSectorStructure() {
        var r = workedExample();

        assertThat(r.expected()).isCloseTo(example.expected("expected"), within(TOLERANCE));
        assertThat(r.referenceExpected()).isCloseTo(example.expected("referenceExpected"), within(TOLERANCE));
    }

    @Test
    void shouldComputeStructureActualAndCorrectedIndices() {
        var r = workedExample();

        assertThat(r.structureIndex()).isCloseTo(example.expected("structureIndex"), within(1e-9));
        assertThat(r.actualIndex()).isCloseTo(example.expected("actualIndex"), within(1e-9));
        assertThat(r.correctedIndex()).isCloseTo(example.expected("correctedIndex"), within(1e-9));
        // corrected = 100 × actual / structure
        assertThat(r.correctedIndex()).isCloseTo(100 * r.actualIndex() / r.structureIndex(), within(1e-9));
    }

    @Test
    void shouldReportCoverageOfTheRegionsLabour() {
        assertThat(workedExample().coverage()).isCloseTo(example.expected("coverage"), within(TOLERANCE));
        assertThat(workedExample().referenceCoverage())
                .isCloseTo(example.expected("referenceCoverage"), within(TOLERANCE));
        assertThat(workedExample().covered()).isFalse();
    }

    @Test
    void shouldReportSectorsMissingWithTheirReason() {
        var r = workedExample();

        assertThat(r.sectors())
                .extracting(StructureResult.StructureSector::sector)
                .containsExactlyInAnyOrder("A", "B", "C");
        assertThat(StructureComparison.sectorsMissing(r.missingSectors(), Reason.MISSING_IN_REFERENCE))
                .containsExactly("D");
        assertThat(StructureComparison.sectorsMissing(r.missingSectors(), Reason.NO_LABOUR_IN_REFERENCE))
                .containsExactly("E");
        assertThat(StructureComparison.sectorsMissing(r.missingSectors(), Reason.MISSING_IN_REGION))
                .containsExactly("F");
    }

    @Test
    void shouldUseSharesOverTheSectorsUsed() {
        var a = workedExample().sectors().stream()
                .filter(s -> s.sector().equals("A"))
                .findFirst()
                .orElseThrow();

        // s_r,A = 30/100 = 0.3 (D's 25 is not in the denominator); s_n,A = 200/1000 = 0.2 (F's 40 is not)
        assertThat(a.regionShare()).isCloseTo(0.3, within(TOLERANCE));
        assertThat(a.referenceShare()).isCloseTo(0.2, within(TOLERANCE));
        assertThat(a.referenceProductivity()).isCloseTo(25, within(TOLERANCE));
    }

    @Test
    void shouldRejectZeroReferenceProductivity() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StructureComparison.compare(Map.of(), Map.of(), Map.of(), 10, 0));
    }

    @Test
    void shouldReturnEmptyWhenNoSectorHasAllInputs() {
        var r = StructureComparison.compare(Map.of("A", 10.0), Map.of("B", 10.0), Map.of("B", 20.0), 10, 20);

        assertThat(r).isEmpty();
    }

    @Test
    void shouldGiveStructureIndexHundredWhenRegionHasTheReferenceMix() {
        var random = new Random(20_240_406L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            int n = 1 + random.nextInt(21);
            var referenceLabour = new LinkedHashMap<String, Double>();
            var regionLabour = new LinkedHashMap<String, Double>();
            var productivity = new LinkedHashMap<String, Double>();
            double scale = 0.001 + random.nextDouble();
            for (int s = 0; s < n; s++) {
                double labour = RandomEconomy.labour(random);
                referenceLabour.put("S" + s, labour);
                regionLabour.put("S" + s, labour * scale);
                productivity.put("S" + s, 1 + 100 * random.nextDouble());
            }
            double actualRegion = 1 + 100 * random.nextDouble();
            double actualReference = 1 + 100 * random.nextDouble();

            var r = StructureComparison.compare(
                            regionLabour, referenceLabour, productivity, actualRegion, actualReference)
                    .orElseThrow();

            assertThat(r.structureIndex()).as("case %d", i).isCloseTo(100, within(1e-9));
            assertThat(r.correctedIndex()).as("case %d", i).isCloseTo(r.actualIndex(), within(1e-9));
            assertThat(r.coverage()).isCloseTo(1, within(TOLERANCE));
        }
    }
}
