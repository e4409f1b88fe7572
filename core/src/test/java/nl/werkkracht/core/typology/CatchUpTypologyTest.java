package nl.werkkracht.core.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import nl.werkkracht.core.RandomEconomy;
import nl.werkkracht.core.WorkedExample;
import nl.werkkracht.core.typology.CatchUpTypology.Levels;
import org.junit.jupiter.api.Test;

class CatchUpTypologyTest {

    private static final double TOLERANCE = 1e-12;

    private final WorkedExample example = WorkedExample.load("catch-up-typology.txt");

    private Map<String, Levels> levels() {
        var out = new LinkedHashMap<String, Levels>();
        for (var row : example.table("levels")) {
            out.put(row.text("region"), new Levels(row.optionalNumber("from"), row.optionalNumber("to")));
        }
        return out;
    }

    private static RegionCatchUp region(TypologyResult result, String code) {
        return result.regions().stream()
                .filter(r -> r.region().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldTakeHighestLevelInFirstYearAsFrontrunner() {
        var result = CatchUpTypology.classify(levels(), Optional.empty(), Thresholds.DEFAULT)
                .orElseThrow();

        assertThat(result.frontrunner()).isEqualTo("F");
        assertThat(result.chosen()).isFalse();
    }

    @Test
    void shouldGiveRelativeLevelsInPercentAndChangeInPercentagePoints() {
        var result = CatchUpTypology.classify(levels(), Optional.empty(), Thresholds.DEFAULT)
                .orElseThrow();

        for (RegionCatchUp r : result.regions()) {
            String k = r.region();
            assertThat(r.relativeFrom())
                    .as("R_%s,t0", k)
                    .isCloseTo(example.expected("relativeFrom." + k), within(TOLERANCE));
            assertThat(r.relativeTo())
                    .as("R_%s,t1", k)
                    .isCloseTo(example.expected("relativeTo." + k), within(TOLERANCE));
            assertThat(r.change()).as("ΔR_%s", k).isCloseTo(example.expected("change." + k), within(TOLERANCE));
        }
    }

    @Test
    void shouldClassifyEveryRegionIncludingTheBoundaries() {
        var result = CatchUpTypology.classify(levels(), Optional.empty(), Thresholds.DEFAULT)
                .orElseThrow();

        for (var row : example.table("levels")) {
            row.optionalText("class").ifPresent(expected -> assertThat(
                            region(result, row.text("region")).catchUpClass())
                    .as("class of %s", row.text("region"))
                    .isEqualTo(CatchUpClass.valueOf(expected)));
        }
        assertThat(result.regions()).hasSize(10);
    }

    @Test
    void shouldReportRegionsWithoutBothLevelsAsMissing() {
        var result = CatchUpTypology.classify(levels(), Optional.empty(), Thresholds.DEFAULT)
                .orElseThrow();

        assertThat(result.missingRegions()).containsExactlyInAnyOrder("M", "N");
        assertThat(result.regions()).extracting(RegionCatchUp::region).doesNotContain("M", "N");
    }

    @Test
    void shouldMeasureAgainstChosenFrontrunner() {
        var result = CatchUpTypology.classify(levels(), Optional.of("A"), Thresholds.DEFAULT)
                .orElseThrow();

        // F against A: 100×80/40 = 200 -> 100×100/60 = 166.666...; ΔR = -33.333... pp
        RegionCatchUp f = region(result, "F");
        assertThat(result.frontrunner()).isEqualTo("A");
        assertThat(result.chosen()).isTrue();
        assertThat(f.relativeFrom()).isCloseTo(200, within(TOLERANCE));
        assertThat(f.relativeTo()).isCloseTo(166.666666666667, within(1e-9));
        assertThat(f.change()).isCloseTo(-33.333333333333, within(1e-9));
        assertThat(f.catchUpClass()).isEqualTo(CatchUpClass.STRONGLY_FALLING_BEHIND);
        assertThat(region(result, "A").change()).isZero();
    }

    @Test
    void shouldReturnEmptyWhenChosenFrontrunnerHasNoData() {
        assertThat(CatchUpTypology.classify(levels(), Optional.of("M"), Thresholds.DEFAULT))
                .isEmpty();
        assertThat(CatchUpTypology.classify(levels(), Optional.of("XX"), Thresholds.DEFAULT))
                .isEmpty();
    }

    @Test
    void shouldReportRegionWithoutPositiveLevelAsMissing() {
        var levels = Map.of("F", Levels.of(100, 100), "A", Levels.of(0, 50), "B", Levels.of(40, -5));

        var result = CatchUpTypology.classify(levels, Optional.empty(), Thresholds.DEFAULT)
                .orElseThrow();

        assertThat(result.missingRegions()).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void shouldReturnEmptyWhenNoRegionHasBothLevels() {
        var levels = Map.of("A", new Levels(OptionalDouble.empty(), OptionalDouble.of(1)));

        assertThat(CatchUpTypology.classify(levels, Optional.empty(), Thresholds.DEFAULT))
                .isEmpty();
    }

    @Test
    void shouldApplyCustomThresholds() {
        var levels = Map.of("F", Levels.of(100, 100), "A", Levels.of(50, 55));

        var result = CatchUpTypology.classify(levels, Optional.empty(), new Thresholds(1, 4))
                .orElseThrow();

        // ΔR = +5 > 4: strongly catching up under (1, 4), catching up under the default
        assertThat(region(result, "A").catchUpClass()).isEqualTo(CatchUpClass.STRONGLY_CATCHING_UP);
    }

    @Test
    void shouldGiveFrontrunnerRelativeLevelsOfHundredAndNoChange() {
        var random = new Random(20_240_501L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            var levels = new LinkedHashMap<String, Levels>();
            int n = 1 + random.nextInt(40);
            for (int r = 0; r < n; r++) {
                levels.put("R" + r, Levels.of(1 + 200 * random.nextDouble(), 1 + 200 * random.nextDouble()));
            }
            Optional<String> chosen = random.nextBoolean() ? Optional.of("R" + random.nextInt(n)) : Optional.empty();

            var result =
                    CatchUpTypology.classify(levels, chosen, Thresholds.DEFAULT).orElseThrow();

            RegionCatchUp front = region(result, result.frontrunner());
            assertThat(front.relativeFrom()).as("case %d", i).isEqualTo(100);
            assertThat(front.relativeTo()).as("case %d", i).isEqualTo(100);
            assertThat(front.change()).as("case %d", i).isZero();
            assertThat(front.catchUpClass()).isEqualTo(CatchUpClass.KEEPING_PACE);
            if (chosen.isEmpty()) {
                assertThat(result.regions())
                        .allSatisfy(r -> assertThat(r.relativeFrom()).isLessThanOrEqualTo(100));
            }
        }
    }
}
