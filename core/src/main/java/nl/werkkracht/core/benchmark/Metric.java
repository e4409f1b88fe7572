package nl.werkkracht.core.benchmark;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A benchmark metric: what is compared among peers (METHODS.md §9). Data-free: the values come from the
 * organisation's figures, scans and value-stream analyses.
 *
 * @param id stable identifier used in the API ({@code ?metric=}), lower-case words joined by hyphens
 * @param unit the unit of the values, as shown to the user (for example {@code EUR/h}, {@code %},
 *     {@code 0-100})
 * @param direction whether a higher value is better
 * @param additive whether the values are amounts of value added or hours (totals, or per-hour or per-FTE
 *     ratios of them), the "additive quantities" of METHODS.md §9: the dominance rule then applies to the
 *     sum of the cut's (absolute) values, because the frontier and any mean are such sums in disguise and
 *     one very large organisation would dominate them. Bounded scores, rates and shares are not subject to
 *     it: no single value can dominate a sum of numbers in a fixed range the way a large firm's value added
 *     does.
 */
public record Metric(String id, String unit, Direction direction, boolean additive) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Value added per hour worked (METHODS.md §8), euro per hour. */
    public static final Metric VALUE_ADDED_PER_HOUR =
            new Metric("value-added-per-hour", "EUR/h", Direction.HIGHER_IS_BETTER, true);
    /** Value added per full-time equivalent, euro per FTE per year. */
    public static final Metric VALUE_ADDED_PER_FTE =
            new Metric("value-added-per-fte", "EUR/FTE", Direction.HIGHER_IS_BETTER, true);
    /** Absenteeism (verzuim), percent of contract hours. */
    public static final Metric ABSENTEEISM = new Metric("absenteeism", "%", Direction.LOWER_IS_BETTER, false);
    /** Staff turnover (verloop), percent of employees leaving per year. */
    public static final Metric STAFF_TURNOVER = new Metric("staff-turnover", "%", Direction.LOWER_IS_BETTER, false);
    /** TOP pillar score technology (METHODS.md §11), 0–100. */
    public static final Metric TOP_TECHNOLOGY =
            new Metric("top-technology", "0-100", Direction.HIGHER_IS_BETTER, false);
    /** TOP pillar score organisation, 0–100. */
    public static final Metric TOP_ORGANISATION =
            new Metric("top-organisation", "0-100", Direction.HIGHER_IS_BETTER, false);
    /** TOP pillar score people (personeel), 0–100. */
    public static final Metric TOP_PEOPLE = new Metric("top-people", "0-100", Direction.HIGHER_IS_BETTER, false);
    /** Job-quality scale score (METHODS.md §10), 0–100. */
    public static final Metric JOB_QUALITY = new Metric("job-quality", "0-100", Direction.HIGHER_IS_BETTER, false);
    /** Engagement scale score, 0–100. */
    public static final Metric ENGAGEMENT = new Metric("engagement", "0-100", Direction.HIGHER_IS_BETTER, false);
    /** Process cycle efficiency (METHODS.md §12), percent of the lead time that adds value. */
    public static final Metric PROCESS_CYCLE_EFFICIENCY =
            new Metric("process-cycle-efficiency", "%", Direction.HIGHER_IS_BETTER, false);
    /** Registration share (registratielast, METHODS.md §12), percent of process time. */
    public static final Metric REGISTRATION_SHARE =
            new Metric("registration-share", "%", Direction.LOWER_IS_BETTER, false);

    private static final List<Metric> CATALOGUE = List.of(
            VALUE_ADDED_PER_HOUR,
            VALUE_ADDED_PER_FTE,
            ABSENTEEISM,
            STAFF_TURNOVER,
            TOP_TECHNOLOGY,
            TOP_ORGANISATION,
            TOP_PEOPLE,
            JOB_QUALITY,
            ENGAGEMENT,
            PROCESS_CYCLE_EFFICIENCY,
            REGISTRATION_SHARE);

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("metric id must be lower-case words joined by '-': " + id);
        }
        if (unit.isBlank()) {
            throw new IllegalArgumentException("metric " + id + " has no unit");
        }
    }

    /** The metrics Werkkracht benchmarks, in display order. */
    public static List<Metric> catalogue() {
        return CATALOGUE;
    }

    /** The catalogue metric with this id, or empty. */
    public static Optional<Metric> byId(String id) {
        return CATALOGUE.stream().filter(m -> m.id.equals(id)).findFirst();
    }
}
