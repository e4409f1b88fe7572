package nl.werkkracht.core.typology;

/**
 * Class boundaries of the catch-up typology in percentage points of the frontrunner's level
 * (METHODS.md §5). Defaults: strong 10, moderate 2.5.
 *
 * <ul>
 *   <li>ΔR &gt; strong: strongly catching up
 *   <li>moderate &lt; ΔR ≤ strong: catching up
 *   <li>-moderate ≤ ΔR ≤ moderate: keeping pace
 *   <li>-strong ≤ ΔR &lt; -moderate: falling behind
 *   <li>ΔR &lt; -strong: strongly falling behind
 * </ul>
 *
 * @param moderate boundary of keeping pace, &gt; 0
 * @param strong boundary of the strong classes, &gt; moderate
 */
public record Thresholds(double moderate, double strong) {
    public static final Thresholds DEFAULT = new Thresholds(2.5, 10);

    public Thresholds {
        if (!(moderate > 0) || !(strong > moderate) || !Double.isFinite(strong)) {
            throw new IllegalArgumentException("need 0 < moderate < strong, got " + moderate + ", " + strong);
        }
    }

    /** The class of a change in percentage points. */
    public CatchUpClass classify(double changePp) {
        if (changePp > strong) {
            return CatchUpClass.STRONGLY_CATCHING_UP;
        }
        if (changePp > moderate) {
            return CatchUpClass.CATCHING_UP;
        }
        if (changePp >= -moderate) {
            return CatchUpClass.KEEPING_PACE;
        }
        if (changePp >= -strong) {
            return CatchUpClass.FALLING_BEHIND;
        }
        return CatchUpClass.STRONGLY_FALLING_BEHIND;
    }
}
