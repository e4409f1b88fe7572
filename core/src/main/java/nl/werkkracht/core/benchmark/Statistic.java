package nl.werkkracht.core.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The statistics a peer group can show (METHODS.md §9): five k-smoothed percentiles and the frontier. Each
 * is the mean of a window of the group's sorted values, so each reveals the sum over a set of organisations
 * and nothing more ({@link WindowLedger} keeps track of those sets).
 */
public enum Statistic {
    P10(10),
    P25(25),
    P50(50),
    P75(75),
    P90(90),
    /** The mean of the best {@code max(⌈5 % n⌉, k)} values. */
    FRONTIER(-1);

    /**
     * The order in which a version's statistics are recorded in the {@link WindowLedger}, which decides in
     * that order: when two of them would together reveal a value to a viewer, the later one is withheld from
     * that viewer. The median and the frontier come first: they are what a member reads first (the middle, and
     * the best to learn from).
     */
    public static final List<Statistic> PRIORITY = List.of(P50, FRONTIER, P25, P75, P10, P90);

    private final int percent;

    Statistic(int percent) {
        this.percent = percent;
    }

    /** The percentile in percent (10 … 90); {@code -1} for the frontier. */
    public int percent() {
        return percent;
    }

    /** Whether this is one of the percentiles (not the frontier). */
    public boolean percentile() {
        return percent > 0;
    }

    /** The bit of this statistic in a window mask ({@code 1 << ordinal}). */
    public int bit() {
        return 1 << ordinal();
    }

    /** The API name: {@code p10} … {@code p90}, {@code frontier}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
