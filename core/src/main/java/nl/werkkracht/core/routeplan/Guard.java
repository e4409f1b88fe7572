package nl.werkkracht.core.routeplan;

import java.util.ArrayList;
import java.util.List;

/**
 * When a guarded dimension "already scores low" (METHODS.md §13): one of its scales is below
 * {@code lowScore}, or — for health — absenteeism is above {@code absenteeismHigh} percent. One low
 * scale suffices: the rule protects the weakest part of a dimension, not its average.
 *
 * @param lowScore scale score 0–100 below which a dimension counts as low
 * @param absenteeismHigh absenteeism in percent above which health counts as low
 */
public record Guard(double lowScore, double absenteeismHigh) {

    public Guard {
        if (!(lowScore > 0 && lowScore <= 100)) {
            throw new IllegalArgumentException("guard lowScore must be in (0, 100], got " + lowScore);
        }
        if (!(absenteeismHigh > 0 && absenteeismHigh < 100)) {
            throw new IllegalArgumentException("guard absenteeismHigh must be in (0, 100), got " + absenteeismHigh);
        }
    }

    /** The conditions that make a dimension low, each of which may be tested on an input. */
    public List<Condition> lowWhen(GuardedDimension dimension) {
        List<Condition> low = new ArrayList<>();
        for (String scale : dimension.scales()) {
            low.add(new Condition.Compare(Quantity.of(scale).orElseThrow(), Condition.Comparator.LT, lowScore));
        }
        if (dimension == GuardedDimension.HEALTH) {
            low.add(new Condition.Compare(Quantity.ABSENTEEISM, Condition.Comparator.GT, absenteeismHigh));
        }
        return low;
    }

    /** The checks that show a dimension is low on this input; empty when it is not (or not measured). */
    public List<Check> evidence(GuardedDimension dimension, RoutePlanInput input) {
        return lowWhen(dimension).stream()
                .map(c -> c.check(input))
                .filter(Check::holds)
                .toList();
    }

    /** Whether anything that measures the dimension was measured. */
    public boolean measured(GuardedDimension dimension, RoutePlanInput input) {
        return lowWhen(dimension).stream().anyMatch(c -> c.check(input).status() != Check.Status.UNKNOWN);
    }
}
