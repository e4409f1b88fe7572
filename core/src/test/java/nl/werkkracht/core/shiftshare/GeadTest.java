package nl.werkkracht.core.shiftshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import nl.werkkracht.core.RandomEconomy;
import nl.werkkracht.core.WorkedExample;
import nl.werkkracht.core.productivity.OutputLabour;
import org.junit.jupiter.api.Test;

class GeadTest {

    private static final double TOLERANCE = 1e-12;

    private final WorkedExample example = WorkedExample.load("gead.txt");

    private Map<Integer, Map<String, OutputLabour>> byYear(String prices) {
        var out = new HashMap<Integer, Map<String, OutputLabour>>();
        for (int year = 2020; year <= 2022; year++) {
            var sectors = new java.util.LinkedHashMap<String, OutputLabour>();
            for (var row : example.table("sectors")) {
                if (row.integer("year") == year && row.text("prices").equals(prices)) {
                    sectors.put(row.text("sector"), new OutputLabour(row.number("output"), row.number("labour")));
                }
            }
            if (!sectors.isEmpty()) {
                out.put(year, sectors);
            }
        }
        return out;
    }

    private GeadResult workedExample() {
        return Gead.decompose(byYear("cp"), byYear("pyp"), 2020, 2022).orElseThrow();
    }

    @Test
    void shouldChainAnnualDecompositionsInPricesOfTheFirstYear() {
        var r = workedExample();

        assertThat(r.fromYear()).isEqualTo(2020);
        assertThat(r.toYear()).isEqualTo(2022);
        assertThat(r.from()).isCloseTo(example.expected("from"), within(TOLERANCE));
        assertThat(r.to()).isCloseTo(example.expected("to"), within(TOLERANCE));
        assertThat(r.within()).isCloseTo(example.expected("within"), within(TOLERANCE));
        assertThat(r.staticShift()).isCloseTo(example.expected("staticShift"), within(TOLERANCE));
        assertThat(r.dynamicShift()).isCloseTo(example.expected("dynamicShift"), within(TOLERANCE));
    }

    @Test
    void shouldAddUpToTheChainedChange() {
        var r = workedExample();

        assertThat(r.within() + r.staticShift() + r.dynamicShift()).isCloseTo(r.to() - r.from(), within(TOLERANCE));
        assertThat(r.change()).isCloseTo(r.to() - r.from(), within(0.0));
    }

    @Test
    void shouldGiveAnnualContributionsToGrowth() {
        var r = workedExample();

        assertThat(r.years()).extracting(GeadYear::year).containsExactly(2021, 2022);
        for (GeadYear y : r.years()) {
            int t = y.year();
            assertThat(y.growth()).as("growth %d", t).isCloseTo(example.expected("growth." + t), within(TOLERANCE));
            assertThat(y.within()).as("within %d", t).isCloseTo(example.expected("within." + t), within(TOLERANCE));
            assertThat(y.staticShift())
                    .as("static %d", t)
                    .isCloseTo(example.expected("staticShift." + t), within(TOLERANCE));
            assertThat(y.dynamicShift())
                    .as("dynamic %d", t)
                    .isCloseTo(example.expected("dynamicShift." + t), within(TOLERANCE));
        }
    }

    @Test
    void shouldHaveFirstYearWithinTermEqualToNominalShareWeightedProductivityGrowth() {
        // Σ w_i g_z,i with w the nominal output share in 2020 and g_z the volume productivity growth
        Map<String, OutputLabour> cp2020 = byYear("cp").get(2020);
        Map<String, OutputLabour> pyp2021 = byYear("pyp").get(2021);
        double nominalTotal =
                cp2020.values().stream().mapToDouble(OutputLabour::output).sum();
        double expected = 0;
        for (String sector : cp2020.keySet()) {
            double w = cp2020.get(sector).output() / nominalTotal;
            double g = pyp2021.get(sector).productivity().getAsDouble()
                            / cp2020.get(sector).productivity().getAsDouble()
                    - 1;
            expected += w * g;
        }

        assertThat(workedExample().years().get(0).within()).isCloseTo(expected, within(TOLERANCE));
        assertThat(expected).isCloseTo(0.25 * 0.25 + 0.75 / 24, within(TOLERANCE));
    }

    @Test
    void shouldGivePerSectorEffectsThatAddUpToTheTotals() {
        var r = workedExample();

        assertThat(r.sectors()).extracting(GeadResult.SectorEffects::sector).containsExactly("A", "B");
        for (GeadResult.SectorEffects s : r.sectors()) {
            String k = s.sector();
            assertThat(s.within()).as("within %s", k).isCloseTo(example.expected("within." + k), within(TOLERANCE));
            assertThat(s.staticShift())
                    .as("static %s", k)
                    .isCloseTo(example.expected("staticShift." + k), within(TOLERANCE));
            assertThat(s.dynamicShift())
                    .as("dynamic %s", k)
                    .isCloseTo(example.expected("dynamicShift." + k), within(TOLERANCE));
        }
        double total = r.sectors().stream()
                .mapToDouble(GeadResult.SectorEffects::total)
                .sum();
        assertThat(total).isCloseTo(r.change(), within(TOLERANCE));
    }

    @Test
    void shouldReturnEmptyWhenAYearHasNoData() {
        var pyp = byYear("pyp");
        pyp.remove(2022);

        assertThat(Gead.decompose(byYear("cp"), pyp, 2020, 2022)).isEmpty();
    }

    @Test
    void shouldReportSectorMissingInSomeYear() {
        var pyp = byYear("pyp");
        var y2022 = new java.util.LinkedHashMap<>(pyp.get(2022));
        y2022.put("C", new OutputLabour(10, 1));
        pyp.put(2022, y2022);

        var r = Gead.decompose(byYear("cp"), pyp, 2020, 2022).orElseThrow();

        assertThat(r.missingSectors()).containsExactly("C");
        assertThat(r.to()).isCloseTo(example.expected("to"), within(TOLERANCE));
    }

    @Test
    void shouldWeighReallocationByRelativePrices() {
        // link 2022: A's labour share rises 0.6 -> 0.75 but its relative price is 0.75, so its
        // reallocation effect is negative; the classic per-link term (p = 1) is positive
        var cp = byYear("cp");
        var link = Gead.decompose(Map.of(2021, cp.get(2021), 2022, cp.get(2022)), byYear("pyp"), 2021, 2022)
                .orElseThrow();
        var classic = ShiftShare.decompose(cp.get(2021), byYear("pyp").get(2022));

        var a = link.sectors().get(0);
        assertThat(a.sector()).isEqualTo("A");
        assertThat(a.staticShift()).isCloseTo(-0.0375 * 16.5, within(TOLERANCE));
        assertThat(classic.sectors().get(0).staticShift()).isCloseTo(0.15 * 16.5, within(TOLERANCE));
        assertThat(link.staticShift()).isCloseTo(-2.3203125, within(TOLERANCE));
        assertThat(link.within() + link.staticShift() + link.dynamicShift()).isCloseTo(20 - 22, within(TOLERANCE));
    }

    @Test
    void shouldEqualTheClassicDecompositionWhenRelativePricesDoNotMove() {
        var cp = Map.of(
                2020, Map.of("A", new OutputLabour(100, 10), "B", new OutputLabour(300, 10)),
                2021, Map.of("A", new OutputLabour(132, 12), "B", new OutputLabour(264, 8)));
        var pyp = Map.of(2021, Map.of("A", new OutputLabour(120, 12), "B", new OutputLabour(240, 8)));

        var r = Gead.decompose(cp, pyp, 2020, 2021).orElseThrow();
        var classic = ShiftShare.decompose(cp.get(2020), pyp.get(2021));

        assertThat(r.within()).isCloseTo(classic.within(), within(TOLERANCE));
        assertThat(r.staticShift()).isCloseTo(classic.staticShift(), within(TOLERANCE));
        assertThat(r.dynamicShift()).isCloseTo(classic.dynamicShift(), within(TOLERANCE));
    }

    @Test
    void shouldReturnEmptyWithoutCurrentPricesOfTheLastYear() {
        var cp = byYear("cp");
        cp.remove(2022);

        assertThat(Gead.decompose(cp, byYear("pyp"), 2020, 2022)).isEmpty();
    }

    @Test
    void shouldRejectEmptyWindow() {
        assertThatIllegalArgumentException().isThrownBy(() -> Gead.decompose(Map.of(), Map.of(), 2021, 2021));
    }

    @Test
    void shouldAddUpForRandomChainLinkedData() {
        var random = new Random(20_240_305L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            int n = 1 + random.nextInt(10);
            int years = 1 + random.nextInt(6);
            var cp = new HashMap<Integer, Map<String, OutputLabour>>();
            var pyp = new HashMap<Integer, Map<String, OutputLabour>>();
            for (int t = 2000; t <= 2000 + years; t++) {
                cp.put(t, positive(RandomEconomy.sectors(random, n)));
                pyp.put(t, positive(RandomEconomy.sectors(random, n)));
            }

            var r = Gead.decompose(cp, pyp, 2000, 2000 + years).orElseThrow();

            double tolerance = RandomEconomy.relative(r.from(), r.to());
            assertThat(r.within() + r.staticShift() + r.dynamicShift())
                    .as("case %d", i)
                    .isCloseTo(r.to() - r.from(), within(tolerance));
            double sectors = r.sectors().stream()
                    .mapToDouble(GeadResult.SectorEffects::total)
                    .sum();
            assertThat(sectors).as("case %d", i).isCloseTo(r.change(), within(tolerance));
            for (GeadYear y : r.years()) {
                assertThat(y.within() + y.staticShift() + y.dynamicShift())
                        .isCloseTo(y.growth(), within(RandomEconomy.relative(y.growth())));
            }
        }
    }

    /** Aggregate productivity must be positive for growth rates to mean anything. */
    private static Map<String, OutputLabour> positive(Map<String, OutputLabour> sectors) {
        var out = new java.util.LinkedHashMap<String, OutputLabour>();
        sectors.forEach((k, v) -> out.put(k, new OutputLabour(Math.abs(v.output()) + 1, v.labour())));
        return out;
    }
}
