package nl.werkkracht.core.routeplan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.scan.Pillar;

/**
 * Something a route-plan condition can test: a questionnaire scale, a TOP pillar, or a figure from the
 * organisation's financials or value streams. Known by a dotted id that the catalogue uses.
 *
 * @param id the id, e.g. {@code org.rules}, {@code absenteeism}, {@code vsm.pce}
 * @param unit what its values mean
 */
public record Quantity(String id, Unit unit) {

    /**
     * The questionnaire's scales (METHODS.md §10), scored 0–100 where higher is always better — a high
     * {@code job.workload_mental} means the mental workload is manageable.
     */
    public static final List<String> SCALES = List.of(
            "tech.tools",
            "tech.digital",
            "tech.ai",
            "org.process",
            "org.handovers",
            "org.rules",
            "org.scheduling",
            "org.latitude",
            "people.skills",
            "people.learning",
            "people.vitality",
            "people.participation",
            "job.autonomy",
            "job.variety",
            "job.completeness",
            "job.workload_physical",
            "job.workload_mental",
            "job.learning",
            "job.support",
            "job.information",
            "engagement",
            "learning_culture");

    public static final Quantity PILLAR_TECHNOLOGY = new Quantity("pillar.technology", Unit.SCORE);
    public static final Quantity PILLAR_ORGANISATION = new Quantity("pillar.organisation", Unit.SCORE);
    public static final Quantity PILLAR_PEOPLE = new Quantity("pillar.people", Unit.SCORE);
    /** The TOP balance gap, {@code max - min} of the pillar scores (METHODS.md §11). */
    public static final Quantity BALANCE_GAP = new Quantity("balance.gap", Unit.POINTS);
    /** Value added per hour of the organisation ÷ the sector's (METHODS.md §8). */
    public static final Quantity PRODUCTIVITY_RATIO = new Quantity("productivity.ratio", Unit.RATIO);
    /** Sickness absence in % of contract hours. */
    public static final Quantity ABSENTEEISM = new Quantity("absenteeism", Unit.PERCENT);
    /** Staff who left in a year in % of average staff. */
    public static final Quantity TURNOVER = new Quantity("turnover", Unit.PERCENT);
    /** The lowest process cycle efficiency of the organisation's value streams, in % (METHODS.md §12). */
    public static final Quantity PROCESS_CYCLE_EFFICIENCY = new Quantity("vsm.pce", Unit.PERCENT);
    /** The highest registration share of the organisation's value streams, in % of process time. */
    public static final Quantity REGISTRATION_SHARE = new Quantity("vsm.registration_share", Unit.PERCENT);
    /** The yearly improvement potential of all value streams together, in hours. */
    public static final Quantity IMPROVEMENT_HOURS = new Quantity("vsm.improvement_hours", Unit.HOURS);
    /** Number of employees (persons). */
    public static final Quantity EMPLOYEES = new Quantity("employees", Unit.COUNT);

    private static final Map<String, Quantity> KNOWN = known();

    public Quantity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a quantity needs an id");
        }
        if (unit == null) {
            throw new IllegalArgumentException("quantity " + id + " needs a unit");
        }
    }

    private static Map<String, Quantity> known() {
        Map<String, Quantity> all = new LinkedHashMap<>();
        for (String scale : SCALES) {
            all.put(scale, new Quantity(scale, Unit.SCORE));
        }
        for (Quantity q : List.of(
                PILLAR_TECHNOLOGY,
                PILLAR_ORGANISATION,
                PILLAR_PEOPLE,
                BALANCE_GAP,
                PRODUCTIVITY_RATIO,
                ABSENTEEISM,
                TURNOVER,
                PROCESS_CYCLE_EFFICIENCY,
                REGISTRATION_SHARE,
                IMPROVEMENT_HOURS,
                EMPLOYEES)) {
            all.put(q.id(), q);
        }
        return Collections.unmodifiableMap(all);
    }

    /** The known quantity with this id. */
    public static Optional<Quantity> of(String id) {
        return Optional.ofNullable(KNOWN.get(id));
    }

    /** Every known quantity: the scales first, then the other figures. */
    public static List<Quantity> all() {
        return new ArrayList<>(KNOWN.values());
    }

    /** Whether this is a questionnaire scale. */
    public boolean isScale() {
        return SCALES.contains(id);
    }

    /** The pillar score quantity of a pillar. */
    public static Quantity pillar(Pillar pillar) {
        return switch (pillar) {
            case TECHNOLOGY -> PILLAR_TECHNOLOGY;
            case ORGANISATION -> PILLAR_ORGANISATION;
            case PEOPLE -> PILLAR_PEOPLE;
        };
    }
}
