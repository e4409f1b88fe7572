package nl.werkkracht.core.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
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
            out.put(
                    row.text("region"),
                    new Levels(row.optionalNumber("from"), row.optionalNumber("to"), row.optionalNumber("firstYears")));
        }
        return out;
    }

    private Optional<Levels> reference() {
        return Optional.of(Levels.of(example.expected("referenceFrom"), example.expected("referenceTo")));
    }

    private TypologyResult byDefault() {
        return CatchUpTypology.classify(levels(), List.of(), reference(), Thresholds.DEFAULT)
                .orElseThrow();
    }

    private static RegionCatchUp region(TypologyResult result, String code) {
        return result.regions().stream()
                .filter(r -> r.region().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldTakeTheTopTenPercentByTheMeanOfTheFirstThreeYearsAsFrontrunnerGroup() {
        var result = byDefault();

        // U has the second-highest level in t0 (85) but only the third-highest three-year mean
        assertThat(result.frontrunnerGroup()).containsExactly("G", "A");
        assertThat(result.frontrunner()).isEqualTo("G,A");
        assertThat(result.chosen()).isFalse();
        assertThat(CatchUpTypology.groupSize(12)).isEqualTo(2);
        assertThat(CatchUpTypology.groupSize(40)).isEqualTo(4);
        assertThat(CatchUpTypology.groupSize(41)).isEqualTo(5);
        assertThat(CatchUpTypology.groupSize(3)).isEqualTo(2);
    }

    @Test
    void shouldGiveRelativeLevelsAgainstTheGroupMeanAndChangeAgainstTheReference() {
        var result = byDefault();

        for (RegionCatchUp r : result.regions()) {
            String k = r.region();
            assertThat(r.relativeFrom())
                    .as("R_%s,t0", k)
                    .isCloseTo(example.expected("relativeFrom." + k), within(1e-9));
            assertThat(r.relativeTo()).as("R_%s,t1", k).isCloseTo(example.expected("relativeTo." + k), within(1e-9));
            assertThat(r.change()).as("ΔR_%s", k).isCloseTo(example.expected("change." + k), within(1e-9));
            assertThat(r.changeVsReference().getAsDouble())
                    .as("vs NL %s", k)
                    .isCloseTo(example.expected("vsNL." + k), within(1e-9));
        }
        assertThat(result.frontrunnerChangeVsReference().getAsDouble())
                .isCloseTo(example.expected("frontrunnerChangeVsReference"), within(1e-9));
    }

    @Test
    void shouldWarnWhenTheFrontrunnerGroupFallsBackAgainstTheReference() {
        assertThat(byDefault().warnings()).containsExactly(CatchUpTypology.Warning.FRONTRUNNER_FALLS_BACK);

        // A and U together: 82.5 -> 92.5; against NL 154.1666... - 165 = -10.8333...: still a warning
        var au = CatchUpTypology.classify(levels(), List.of("A", "U"), reference(), Thresholds.DEFAULT)
                .orElseThrow();
        assertThat(au.frontrunnerChangeVsReference().getAsDouble()).isCloseTo(-65.0 / 6, within(1e-9));
        assertThat(au.warnings()).containsExactly(CatchUpTypology.Warning.FRONTRUNNER_FALLS_BACK);

        // A alone: 160 -> 166.666...: +6.666... against NL, no warning
        var a = CatchUpTypology.classify(levels(), List.of("A"), reference(), Thresholds.DEFAULT)
                .orElseThrow();
        assertThat(a.warnings()).isEmpty();
        assertThat(a.chosen()).isTrue();
    }

    @Test
    void shouldClassifyEveryRegionIncludingTheBoundaries() {
        var result = byDefault();

        for (var row : example.table("levels")) {
            row.optionalText("class").ifPresent(expected -> assertThat(
                            region(result, row.text("region")).catchUpClass())
                    .as("class of %s", row.text("region"))
                    .isEqualTo(CatchUpClass.valueOf(expected)));
        }
        assertThat(result.regions()).hasSize(11);
        assertThat(result.missingRegions()).containsExactly("M");
    }

    @Test
    void shouldMeasureAgainstChosenFrontrunner() {
        var result = CatchUpTypology.classify(levels(), Optional.of("A"), Thresholds.DEFAULT)
                .orElseThrow();

        // G against A: 100×100/80 = 125 -> 100×70/100 = 70; ΔR = -55
        RegionCatchUp g = region(result, "G");
        assertThat(result.frontrunnerGroup()).containsExactly("A");
        assertThat(result.chosen()).isTrue();
        assertThat(g.relativeFrom()).isCloseTo(125, within(TOLERANCE));
        assertThat(g.relativeTo()).isCloseTo(70, within(TOLERANCE));
        assertThat(g.change()).isCloseTo(-55, within(TOLERANCE));
        assertThat(g.changeVsReference()).isEmpty();
        assertThat(result.frontrunnerChangeVsReference()).isEmpty();
        assertThat(region(result, "A").change()).isZero();
    }

    @Test
    void shouldReturnEmptyWhenAChosenFrontrunnerHasNoData() {
        assertThat(CatchUpTypology.classify(levels(), Optional.of("M"), Thresholds.DEFAULT))
                .isEmpty();
        assertThat(CatchUpTypology.classify(levels(), List.of("A", "XX"), reference(), Thresholds.DEFAULT))
                .isEmpty();
    }

    @Test
    void shouldReportRegionWithoutPositiveLevelAsMissing() {
        var levels = Map.of("F", Levels.of(100, 100), "A", Levels.of(0, 50), "B", Levels.of(40, -5));

        var result = CatchUpTypology.classify(levels, Optional.empty(), Thresholds.DEFAULT)
                .orElseThrow();

        assertThat(result.missingRegions()).containsExactlyInAnyOrder("A", "B");
        assertThat(result.frontrunnerGroup()).containsExactly("F");
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

        var result = CatchUpTypology.classify(levels, Optional.of("F"), new Thresholds(1, 4))
                .orElseThrow();

        // ΔR = +5 > 4: strongly catching up under (1, 4), catching up under the default
        assertThat(region(result, "A").catchUpClass()).isEqualTo(CatchUpClass.STRONGLY_CATCHING_UP);
    }

    @Test
    void shouldKeepTheGroupMeanAtHundredAndAChosenSingleFrontrunnerAtHundred() {
        var random = new Random(20_240_501L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            var levels = new LinkedHashMap<String, Levels>();
            int n = 2 + random.nextInt(40);
            for (int r = 0; r < n; r++) {
                levels.put(
                        "R" + r,
                        Levels.of(
                                1 + 200 * random.nextDouble(),
                                1 + 200 * random.nextDouble(),
                                1 + 200 * random.nextDouble()));
            }
            boolean single = random.nextBoolean();
            List<String> chosen = single ? List.of("R" + random.nextInt(n)) : List.of();

            var result = CatchUpTypology.classify(levels, chosen, Optional.of(Levels.of(50, 60)), Thresholds.DEFAULT)
                    .orElseThrow();

            // invariant: the group's own relative levels average 100 in both years
            double mean0 = result.frontrunnerGroup().stream()
                    .mapToDouble(g -> region(result, g).relativeFrom())
                    .average()
                    .orElseThrow();
            double mean1 = result.frontrunnerGroup().stream()
                    .mapToDouble(g -> region(result, g).relativeTo())
                    .average()
                    .orElseThrow();
            assertThat(mean0).as("case %d", i).isCloseTo(100, within(1e-9));
            assertThat(mean1).as("case %d", i).isCloseTo(100, within(1e-9));
            assertThat(result.frontrunnerGroup()).hasSize(single ? 1 : Math.min(n, CatchUpTypology.groupSize(n)));
            if (single) {
                RegionCatchUp front = region(result, result.frontrunner());
                assertThat(front.relativeFrom()).isEqualTo(100);
                assertThat(front.change()).isZero();
            }
        }
    }
}
