package nl.werkkracht.core.policy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rule against differencing over time (METHODS.md §9, "over time"): a figure is published as versions, and
 * a new version is released only when its contributors differ from every earlier released version by none or by
 * at least {@code k} organisations; otherwise the latest earlier version stays shown, with its date. Someone who
 * reads a figure, waits for one organisation to join and reads again thus learns nothing about it.
 */
public final class Releases {

    private Releases() {}

    /**
     * A released version.
     *
     * @param contributors the organisations behind it
     */
    public record Release(List<String> contributors, int n, double value, Instant releasedAt) {
        public Release {
            contributors = List.copyOf(contributors);
            Objects.requireNonNull(releasedAt, "releasedAt");
        }
    }

    /** What to show now. */
    public sealed interface Decision {}

    /** The current figure is the same as a released version, or may be released as a new one. */
    public record ShowCurrent(boolean isNew) implements Decision {}

    /** The current figure may not be released yet: show this earlier version, with its date. */
    public record ShowEarlier(Release release) implements Decision {}

    /** Nothing has been released and the current figure may not be: show nothing. */
    public record ShowNothing() implements Decision {}

    /**
     * @param earlier the versions released so far, oldest first
     * @param current the contributors of the figure as it would be now
     */
    public static Decision decide(List<Release> earlier, List<String> current, int k) {
        Set<String> now = new HashSet<>(current);
        boolean safe = true;
        for (Release r : earlier) {
            Set<String> then = new HashSet<>(r.contributors());
            if (then.equals(now)) {
                return new ShowCurrent(false);
            }
            int difference = symmetricDifference(then, now);
            safe &= difference >= k;
        }
        if (safe) {
            return new ShowCurrent(true);
        }
        return earlier.isEmpty() ? new ShowNothing() : new ShowEarlier(earlier.get(earlier.size() - 1));
    }

    static int symmetricDifference(Set<String> a, Set<String> b) {
        int d = 0;
        for (String x : a) {
            d += b.contains(x) ? 0 : 1;
        }
        for (String x : b) {
            d += a.contains(x) ? 0 : 1;
        }
        return d;
    }

    /** The latest release, if any. */
    public static Optional<Release> latest(List<Release> earlier) {
        return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    }
}
