package nl.werkkracht.statdata.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.statdata.text.CsvLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ILO 2025 index against a US task-based exposure set (GPT-4 rated β of Eloundou et al. 2024, by O*NET-SOC)
 * through the SOC 2010 → ISCO-08 crosswalk (test resources, see their PROVENANCE.md): the crosswalk reaches most
 * ISCO unit groups, and the two indices rank occupations alike. A sanity check of the data and the crosswalk, not
 * a calibration: the two measure different things (exposure to LLMs with or without extra software).
 */
class IloCrosswalkSampleTest {

    private static Map<String, Double> ilo;
    private static Map<String, List<Double>> us;

    @BeforeAll
    static void read() throws IOException {
        ilo = new HashMap<>();
        for (Occupation o : OccupationData.occupations()) {
            ilo.put(o.isco(), o.meanScore());
        }
        // "43-9061.00" → "439061"; a SOC code's value is the mean over its detailed O*NET occupations
        var bySoc = new HashMap<String, List<Double>>();
        for (List<String> f : rows("openai_gpts_are_gpts_occ_level.csv")) {
            bySoc.computeIfAbsent(f.get(0).substring(0, 7).replace("-", ""), k -> new ArrayList<>())
                    .add(Double.parseDouble(f.get(3)));
        }
        us = new HashMap<>();
        for (List<String> f : rows("soc10_isco08.csv")) {
            List<Double> b = bySoc.get(f.get(0));
            if (b != null) {
                us.computeIfAbsent(f.get(1), k -> new ArrayList<>())
                        .add(b.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElseThrow());
            }
        }
    }

    private static List<List<String>> rows(String name) throws IOException {
        var rows = new ArrayList<List<String>>();
        try (var in = new BufferedReader(new InputStreamReader(
                IloCrosswalkSampleTest.class.getResourceAsStream("/occupation/" + name), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(CsvLine.split(line, ','));
            }
        }
        return rows;
    }

    private static double us(String isco) {
        return us.get(isco).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    @Test
    void shouldReachMostIscoUnitGroupsThroughTheCrosswalk() {
        long matched = ilo.keySet().stream().filter(us::containsKey).count();
        assertThat(matched).isEqualTo(387);
    }

    @Test
    void shouldAgreeOnASampleOfOccupations() {
        // general office clerks: ILO 0.60; two SOC codes rated 0.614 and 0.576 by GPT-4 (β), mean 0.595
        assertThat(us("4110")).isCloseTo(0.595, within(0.001));
        assertThat(ilo.get("4110")).isCloseTo(us("4110"), within(0.05));
        // data entry above cooks above cleaners, in both
        assertThat(ilo.get("4132")).isGreaterThan(ilo.get("5120"));
        assertThat(us("4132")).isGreaterThan(us("5120"));
        assertThat(ilo.get("5120")).isGreaterThan(ilo.get("9112"));
        assertThat(us("5120")).isGreaterThan(us("9112"));
    }

    /** Spearman's rank correlation over every matched unit group (average ranks not needed: a check, ties rare). */
    @Test
    void shouldRankOccupationsAlike() {
        List<String> codes =
                ilo.keySet().stream().filter(us::containsKey).sorted().toList();
        double[] a = ranks(codes.stream().mapToDouble(ilo::get).toArray());
        double[] b =
                ranks(codes.stream().mapToDouble(IloCrosswalkSampleTest::us).toArray());
        assertThat(pearson(a, b)).isGreaterThan(0.8);
    }

    private static double[] ranks(double[] x) {
        Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
        double[] r = new double[x.length];
        for (int k = 0; k < order.length; k++) {
            r[order[k]] = k;
        }
        return r;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElseThrow();
        double mb = java.util.Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
