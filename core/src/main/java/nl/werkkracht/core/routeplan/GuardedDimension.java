package nl.werkkracht.core.routeplan;

import java.util.List;

/**
 * The dimensions of good work that the dual-objective rule protects (PRODUCT.md "werkkracht"; METHODS.md
 * §13): no intervention is proposed that is expected to lower one of them where it already scores low.
 * Each dimension is measured by questionnaire scales; health also by absenteeism.
 */
public enum GuardedDimension {
    AUTONOMY(List.of("job.autonomy", "org.latitude")),
    HEALTH(List.of("job.workload_physical", "job.workload_mental", "people.vitality")),
    DEVELOPMENT(List.of("job.learning", "people.learning", "people.skills"));

    private final List<String> scales;

    GuardedDimension(List<String> scales) {
        this.scales = scales;
    }

    /** The scales (0–100, higher is better) that measure this dimension. */
    public List<String> scales() {
        return scales;
    }
}
