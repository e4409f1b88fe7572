package nl.werkkracht.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import nl.werkkracht.core.productivity.OutputLabour;

/**
 * Random sector data for invariant tests. Always seeded by the caller, so a failing case can be
 * reproduced. Output ranges from a loss to a large value (negative GVA is allowed, METHODS.md §1);
 * labour is strictly positive.
 */
public final class RandomEconomy {

    /** Cases per invariant test. */
    public static final int CASES = 500;

    private RandomEconomy() {}

    /** Sectors {@code S0 … S(n-1)} with output in [-100, 10 000) and labour in [1, 1 000). */
    public static Map<String, OutputLabour> sectors(Random random, int n) {
        var out = new LinkedHashMap<String, OutputLabour>();
        for (int i = 0; i < n; i++) {
            out.put("S" + i, new OutputLabour(output(random), labour(random)));
        }
        return out;
    }

    /** The same sectors with every figure times {@code factor}: same shares and productivities. */
    public static Map<String, OutputLabour> scaled(Map<String, OutputLabour> sectors, double factor) {
        var out = new LinkedHashMap<String, OutputLabour>();
        sectors.forEach((k, v) -> out.put(k, new OutputLabour(v.output() * factor, v.labour() * factor)));
        return out;
    }

    public static double output(Random random) {
        return random.nextInt(10) == 0 ? -100 * random.nextDouble() : 10_000 * random.nextDouble();
    }

    public static double labour(Random random) {
        return 1 + 999 * random.nextDouble();
    }

    /**
     * The tolerance for "adds up to 1e-9 relative": relative to the magnitude of the levels involved,
     * since the difference itself may be close to zero.
     */
    public static double relative(double... magnitudes) {
        double max = 1;
        for (double m : magnitudes) {
            max = Math.max(max, Math.abs(m));
        }
        return 1e-9 * max;
    }
}
