package nl.werkkracht.core.routeplan;

/**
 * The expected effect of an intervention, each −1 (lowers), 0 (no clear effect) or +1 (raises), on the
 * three dimensions of good work the dual-objective rule guards (see {@link GuardedDimension}) and on
 * labour productivity. Expert judgement recorded in the catalogue, not a measured effect size.
 */
public record Effects(int autonomy, int health, int development, int productivity) {

    public Effects {
        requireEffect("autonomy", autonomy);
        requireEffect("health", health);
        requireEffect("development", development);
        requireEffect("productivity", productivity);
    }

    private static void requireEffect(String name, int effect) {
        if (effect < -1 || effect > 1) {
            throw new IllegalArgumentException("effect on " + name + " must be -1, 0 or 1, got " + effect);
        }
    }

    /** The effect on one guarded dimension. */
    public int on(GuardedDimension dimension) {
        return switch (dimension) {
            case AUTONOMY -> autonomy;
            case HEALTH -> health;
            case DEVELOPMENT -> development;
        };
    }
}
