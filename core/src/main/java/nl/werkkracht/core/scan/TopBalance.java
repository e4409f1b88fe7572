package nl.werkkracht.core.scan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The balance of the TOP pillars (METHODS.md §11): {@code gap = max(T,O,P) - min(T,O,P)} on 0–100. A
 * gap above {@value #FLAG_ABOVE} points is flagged; the route plan treats the lagging pillar first.
 *
 * @param technology pillar score T, 0–100
 * @param organisation pillar score O, 0–100
 * @param people pillar score P, 0–100
 * @param gap max - min, points
 * @param flagged whether the gap is above {@value #FLAG_ABOVE} (exactly 15 is not flagged)
 * @param lagging the pillar with the lowest score; on a tie the first of technology, organisation,
 *     people; named whether or not the gap is flagged
 */
public record TopBalance(
        double technology, double organisation, double people, double gap, boolean flagged, Pillar lagging) {

    /** The gap above which the balance is flagged, points on 0–100. */
    public static final double FLAG_ABOVE = 15;

    public TopBalance {
        Objects.requireNonNull(lagging, "lagging");
        for (double v : new double[] {technology, organisation, people, gap}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("TOP balance values must be finite");
            }
        }
    }

    /** The balance of three pillar scores. */
    public static TopBalance of(double technology, double organisation, double people) {
        double max = Math.max(technology, Math.max(organisation, people));
        double min = Math.min(technology, Math.min(organisation, people));
        Pillar lagging =
                technology == min ? Pillar.TECHNOLOGY : organisation == min ? Pillar.ORGANISATION : Pillar.PEOPLE;
        double gap = max - min;
        return new TopBalance(technology, organisation, people, gap, gap > FLAG_ABOVE, lagging);
    }

    /** The balance of a group's pillar scores; empty unless all three pillars have a score. */
    public static Optional<TopBalance> of(Map<Pillar, Double> pillars) {
        Double t = pillars.get(Pillar.TECHNOLOGY);
        Double o = pillars.get(Pillar.ORGANISATION);
        Double p = pillars.get(Pillar.PEOPLE);
        if (t == null || o == null || p == null) {
            return Optional.empty();
        }
        return Optional.of(of(t, o, p));
    }

    /** The score of one pillar. */
    public double score(Pillar pillar) {
        return switch (pillar) {
            case TECHNOLOGY -> technology;
            case ORGANISATION -> organisation;
            case PEOPLE -> people;
        };
    }
}
