package nl.werkkracht.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.werkkracht.core.benchmark.Peer;
import nl.werkkracht.core.benchmark.SizeClass;

/**
 * A synthetic network with realistic attributes, for the benchmarks only: organisations spread over the
 * 21 SBI sections, the four size classes and the 12 provinces with the skew of the Dutch business
 * population (many small firms in trade, construction and business services; few large ones), and value
 * added per hour drawn from a log-normal distribution around €60 with a firm effect that persists over
 * the years.
 */
final class SyntheticNetwork {

    private static final String[] SECTIONS = "ABCDEFGHIJKLMNOPQRSTU".split("");
    /** Relative weight of each section (roughly CBS counts of firms with employees). */
    private static final double[] SECTION_WEIGHTS = {
        3, 0.1, 6, 0.2, 0.3, 12, 20, 4, 8, 5, 2, 3, 12, 7, 0.5, 2, 8, 3, 4, 0.1, 0.1
    };
    /** The provinces (CBS codes PV20–PV31) with weights by population. */
    private static final double[] PROVINCE_WEIGHTS = {3.4, 3.8, 2.9, 6.7, 12.8, 8.1, 16.8, 23.5, 2.2, 14.7, 6.4, 5.9};

    private static final double[] SIZE_WEIGHTS = {60, 28, 9, 3};

    private SyntheticNetwork() {}

    /** {@code organisations × years} peers: one list per year, the same organisations every year. */
    static List<List<Peer>> generate(int organisations, int years, long seed) {
        var random = new SplittableRandom(seed);
        String[] sector = new String[organisations];
        SizeClass[] size = new SizeClass[organisations];
        String[] region = new String[organisations];
        double[] level = new double[organisations];
        for (int o = 0; o < organisations; o++) {
            sector[o] = SECTIONS[draw(random, SECTION_WEIGHTS)];
            size[o] = SizeClass.values()[draw(random, SIZE_WEIGHTS)];
            region[o] = "PV" + (20 + draw(random, PROVINCE_WEIGHTS));
            level[o] = Math.log(60) + 0.45 * gaussian(random);
        }
        List<List<Peer>> byYear = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            List<Peer> peers = new ArrayList<>(organisations);
            for (int o = 0; o < organisations; o++) {
                double value = Math.exp(level[o] + 0.01 * y + 0.08 * gaussian(random));
                peers.add(new Peer("org-" + o, sector[o], size[o], region[o], value));
            }
            byYear.add(peers);
        }
        return byYear;
    }

    private static int draw(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
