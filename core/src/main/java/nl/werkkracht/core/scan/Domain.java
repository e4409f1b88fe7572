package nl.werkkracht.core.scan;

import java.util.Optional;

/**
 * What a scale measures: one of the three TOP pillars, or job quality, work engagement or learning
 * culture. Only the pillar domains count towards the pillar scores and the TOP balance.
 */
public enum Domain {
    TECHNOLOGY(Pillar.TECHNOLOGY),
    ORGANISATION(Pillar.ORGANISATION),
    PEOPLE(Pillar.PEOPLE),
    /** Quality of work (autonomy, variety, workload …), the "good work" side of werkkracht. */
    JOB_QUALITY(null),
    /** Work engagement and enjoyment. */
    ENGAGEMENT(null),
    /** Whether the organisation learns from mistakes and ideas. */
    LEARNING_CULTURE(null);

    private final Pillar pillar;

    Domain(Pillar pillar) {
        this.pillar = pillar;
    }

    /** The TOP pillar of this domain; empty for the domains outside the TOP model. */
    public Optional<Pillar> pillar() {
        return Optional.ofNullable(pillar);
    }

    /** The domain of a pillar's scales. */
    public static Domain of(Pillar pillar) {
        return switch (pillar) {
            case TECHNOLOGY -> TECHNOLOGY;
            case ORGANISATION -> ORGANISATION;
            case PEOPLE -> PEOPLE;
        };
    }
}
