package nl.werkkracht.core.observation;

import java.util.Locale;
import java.util.Optional;

/**
 * The labour input a productivity figure divides by, in CBS order of preference (hours worked first).
 * Two labour measures are never mixed in one comparison.
 */
public enum LabourMeasure {
    HOURS(Measure.HOURS, Unit.HW, "per gewerkt uur", "per hour worked"),
    FTE(Measure.FTE, Unit.FTE, "per arbeidsjaar", "per full-time equivalent"),
    JOBS(Measure.JOBS, Unit.JOB, "per baan", "per job"),
    PERSONS(Measure.PERSONS, Unit.PER, "per werkzame persoon", "per person employed");

    private final Measure measure;
    private final Unit baseUnit;
    private final String perNl;
    private final String perEn;

    LabourMeasure(Measure measure, Unit baseUnit, String perNl, String perEn) {
        this.measure = measure;
        this.baseUnit = baseUnit;
        this.perNl = perNl;
        this.perEn = perEn;
    }

    /** The observation measure that holds this labour input. */
    public Measure measure() {
        return measure;
    }

    /** The unit productivity is expressed per: one hour, one FTE, one job, one person. */
    public Unit baseUnit() {
        return baseUnit;
    }

    /** "per gewerkt uur", for labels such as "€ per gewerkt uur". */
    public String perNl() {
        return perNl;
    }

    public String perEn() {
        return perEn;
    }

    /** The unit label of productivity in euro per unit of this labour measure, e.g. {@code EUR/HW}. */
    public String productivityUnit() {
        return "EUR/" + baseUnit.name();
    }

    public static Optional<LabourMeasure> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
