package nl.werkkracht.core.synth;

import java.util.List;
import java.util.Objects;

/**
 * The two simple estimates of METHODS.md §15 that come before the synthetic control, each as weak as it is
 * simple: neither controls for anything that moves the region and its comparison differently.
 */
public final class SimpleEstimates {

    private SimpleEstimates() {}

    /**
     * A before/after or difference-in-differences estimate.
     *
     * @param region the treated region's value before and after
     * @param comparison the reference's (or comparison group's mean) value before and after
     * @param before what "before" is: the year, or the first and last year of the pre-period
     * @param after what "after" is
     * @param comparisonUnits the reference or the comparison regions
     */
    public record Estimate(
            double regionBefore,
            double regionAfter,
            double comparisonBefore,
            double comparisonAfter,
            Span before,
            Span after,
            List<String> comparisonUnits) {

        public Estimate {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            comparisonUnits = List.copyOf(comparisonUnits);
        }

        /** The region's change minus the comparison's change. */
        public double effect() {
            return (regionAfter - regionBefore) - (comparisonAfter - comparisonBefore);
        }
    }

    /** A span of years, {@code from..to} inclusive (one year when equal). */
    public record Span(int from, int to) {
        public Span {
            if (to < from) {
                throw new IllegalArgumentException("a span cannot end (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    /**
     * Before/after against the reference: the region's change from the last year before the start to the
     * latest year both have, minus the reference's change over the same years.
     *
     * @throws IllegalArgumentException when either has no value in one of those years
     */
    public static Estimate beforeAfter(Panel outcome, String region, String reference, int treatmentStart) {
        int before = lastCommonBefore(outcome, region, reference, treatmentStart);
        int after = latestCommon(outcome, List.of(region, reference), treatmentStart);
        return new Estimate(
                outcome.require(region, before),
                outcome.require(region, after),
                outcome.require(reference, before),
                outcome.require(reference, after),
                new Span(before, before),
                new Span(after, after),
                List.of(reference));
    }

    /**
     * Difference-in-differences {@code (ȳ_r,post - ȳ_r,pre) - (ȳ_c,post - ȳ_c,pre)}, with {@code ȳ_c} the plain
     * mean of the comparison regions, over the pre-period {@code preFrom..T0-1} and the post-period {@code
     * T0..postTo}.
     *
     * @throws IllegalArgumentException without comparison regions, or when a region lacks a value in a year
     *     (named)
     */
    public static Estimate differenceInDifferences(
            Panel outcome, String region, List<String> comparison, int treatmentStart, Span pre, Span post) {
        if (comparison.isEmpty()) {
            throw new IllegalArgumentException("difference-in-differences needs at least one comparison region");
        }
        if (pre.to() >= treatmentStart || post.from() < treatmentStart) {
            throw new IllegalArgumentException(
                    "the pre-period must end before " + treatmentStart + " and the post-period start from it");
        }
        return new Estimate(
                mean(outcome, List.of(region), pre),
                mean(outcome, List.of(region), post),
                mean(outcome, comparison, pre),
                mean(outcome, comparison, post),
                pre,
                post,
                comparison);
    }

    private static double mean(Panel outcome, List<String> units, Span span) {
        double groupSum = 0;
        for (String unit : units) {
            double s = 0;
            for (int t = span.from(); t <= span.to(); t++) {
                s += outcome.require(unit, t);
            }
            groupSum += s / (span.to() - span.from() + 1);
        }
        return groupSum / units.size();
    }

    private static int lastCommonBefore(Panel outcome, String a, String b, int start) {
        for (int i = outcome.times().size() - 1; i >= 0; i--) {
            int t = outcome.times().get(i);
            if (t < start
                    && outcome.value(a, t).isPresent()
                    && outcome.value(b, t).isPresent()) {
                return t;
            }
        }
        throw new IllegalArgumentException("no year before " + start + " in which " + a + " and " + b
                + " both have a value of " + outcome.variable());
    }

    private static int latestCommon(Panel outcome, List<String> units, int start) {
        for (int i = outcome.times().size() - 1; i >= 0; i--) {
            int t = outcome.times().get(i);
            if (t >= start && units.stream().allMatch(u -> outcome.value(u, t).isPresent())) {
                return t;
            }
        }
        throw new IllegalArgumentException("no year from " + start + " on in which " + String.join(" and ", units)
                + " have a value of " + outcome.variable() + ": the measure cannot be evaluated yet");
    }
}
