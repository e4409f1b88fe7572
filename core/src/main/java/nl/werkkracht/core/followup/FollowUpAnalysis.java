package nl.werkkracht.core.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.benchmark.Direction;
import nl.werkkracht.core.observation.Period;

/**
 * Follow-up of a route plan (METHODS.md §14): a metric's measurements as an index against the baseline
 * (= 100), with the interventions marked and each point labelled.
 *
 * <ul>
 *   <li>Baseline: the last measurement whose period ends before the first intervention starts — the
 *       situation just before anything changed. Without such a measurement (or without interventions), the
 *       first measurement. Earlier measurements are {@link PointLabel#BEFORE_BASELINE}.
 *   <li>Index: {@code 100 · value / baseline value}; none when the baseline value is not positive.
 *   <li>Label of a later point, with {@code gain} = the change of the index in the good direction (a rise
 *       for higher-is-better metrics, a fall for lower-is-better ones such as absenteeism): {@code gain >
 *       tolerance} is an improvement, {@code |gain| ≤ tolerance} stable, and {@code gain < -tolerance} a
 *       decline — or an expected dip when the point's period overlaps the adjustment period {@code [start,
 *       start + adjustment)} of a technology or organisation intervention (the J-curve).
 * </ul>
 */
public final class FollowUpAnalysis {

    private FollowUpAnalysis() {}

    /**
     * The timeline.
     *
     * @param direction the metric's direction
     * @param measurements the measurements, one per period, all yearly or all quarterly, in any order
     * @param interventions the chosen interventions, in any order
     * @throws IllegalArgumentException when a period occurs twice or years and quarters are mixed
     */
    public static FollowUpResult analyse(
            Direction direction,
            List<Measurement> measurements,
            List<Intervention> interventions,
            FollowUpSettings settings) {
        List<Intervention> byStart = interventions.stream()
                .sorted(Comparator.comparing(Intervention::start).thenComparing(Intervention::id))
                .toList();
        List<Measurement> series = checkedSeries(measurements);
        if (series.isEmpty()) {
            return new FollowUpResult.NoTimeline(FollowUpResult.Reason.NO_MEASUREMENTS, byStart);
        }
        int b = baselineIndex(series, byStart);
        Measurement baseline = series.get(b);
        if (baseline.value() <= 0) {
            return new FollowUpResult.NoTimeline(FollowUpResult.Reason.BASELINE_NOT_POSITIVE, byStart);
        }
        var points = new ArrayList<FollowUpPoint>();
        for (int i = 0; i < series.size(); i++) {
            Measurement m = series.get(i);
            double index = 100 * m.value() / baseline.value();
            if (i < b) {
                points.add(point(m, index, PointLabel.BEFORE_BASELINE));
            } else if (i == b) {
                points.add(point(m, 100, PointLabel.BASELINE));
            } else {
                points.add(judged(m, index, direction, byStart, settings));
            }
        }
        return new FollowUpResult.Timeline(baseline, points, byStart);
    }

    private static List<Measurement> checkedSeries(List<Measurement> measurements) {
        List<Measurement> sorted = measurements.stream()
                .sorted(Comparator.comparing(Measurement::period))
                .toList();
        var seen = new HashSet<Period>();
        for (Measurement m : sorted) {
            if (!seen.add(m.period())) {
                throw new IllegalArgumentException("period " + m.period() + " is measured twice");
            }
            if (m.period().isYear() != sorted.get(0).period().isYear()) {
                throw new IllegalArgumentException("a series is either yearly or quarterly, not both");
            }
        }
        return sorted;
    }

    private static int baselineIndex(List<Measurement> series, List<Intervention> byStart) {
        if (byStart.isEmpty()) {
            return 0;
        }
        LocalDate first = byStart.get(0).start();
        int baseline = 0;
        for (int i = 0; i < series.size(); i++) {
            if (lastDay(series.get(i).period()).isBefore(first)) {
                baseline = i;
            }
        }
        return baseline;
    }

    private static FollowUpPoint judged(
            Measurement m, double index, Direction direction, List<Intervention> byStart, FollowUpSettings settings) {
        double gain = direction.gain(100, index);
        if (gain > settings.tolerance()) {
            return point(m, index, PointLabel.IMPROVEMENT);
        }
        if (gain >= -settings.tolerance()) {
            return point(m, index, PointLabel.STABLE);
        }
        Optional<Intervention> adjusting = byStart.stream()
                .filter(Intervention::hasAdjustmentPeriod)
                .filter(iv -> overlapsAdjustment(m.period(), iv, settings.adjustmentPeriod()))
                .findFirst();
        return adjusting
                .map(iv ->
                        new FollowUpPoint(m.period(), m.value(), index, PointLabel.EXPECTED_DIP, Optional.of(iv.id())))
                .orElseGet(() -> point(m, index, PointLabel.DECLINE));
    }

    /** Whether the period shares a day with {@code [start, start + adjustment)}. */
    static boolean overlapsAdjustment(Period period, Intervention intervention, java.time.Period adjustment) {
        LocalDate windowEnd = intervention.start().plus(adjustment); // exclusive
        return !lastDay(period).isBefore(intervention.start())
                && firstDay(period).isBefore(windowEnd);
    }

    static LocalDate firstDay(Period period) {
        return LocalDate.of(period.year(), period.isYear() ? 1 : 3 * period.quarter() - 2, 1);
    }

    static LocalDate lastDay(Period period) {
        return period.isYear()
                ? LocalDate.of(period.year(), 12, 31)
                : firstDay(period).plusMonths(3).minusDays(1);
    }

    private static FollowUpPoint point(Measurement m, double index, PointLabel label) {
        return new FollowUpPoint(m.period(), m.value(), index, label, Optional.empty());
    }
}
