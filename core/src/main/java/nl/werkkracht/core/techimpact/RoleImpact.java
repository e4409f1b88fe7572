package nl.werkkracht.core.techimpact;

import java.util.List;
import nl.werkkracht.core.occupation.ExposureGradient;

/**
 * The technology impact on one role (METHODS.md §16).
 *
 * @param role the role's name
 * @param people people in the role
 * @param hoursPerYear hours worked in the role per year
 * @param isco the role's ISCO-08 occupation
 * @param occupationTitle the occupation's English title
 * @param gradient the ILO's gradient of the occupation (as published, for the whole occupation)
 * @param mean the role's exposure: Σ wᵢ sᵢ / Σ wᵢ over the tasks the role does, w = time share, s = ILO score;
 *     with every task at an equal share this is the ILO's occupation mean before rounding
 * @param spread the weighted standard deviation with the reliability-weights correction,
 *     √(Σ wᵢ (sᵢ − mean)² / (V₁ − V₂/V₁)), V₁ = Σ wᵢ, V₂ = Σ wᵢ²: with equal shares the sample standard
 *     deviation the ILO publishes; 0 for a single task
 * @param coverage Σ wᵢ: the share of the role's time in scored ISCO-08 tasks (the rest is not scored)
 * @param exposedShare the share of the scored time in tasks scoring ≥ {@value TechnologyImpact#EXPOSED_TASK}
 * @param pattern automation, augmentation or low ({@link ExposurePattern})
 * @param high whether exposure is high: mean ≥ {@value TechnologyImpact#HIGH_MEAN} or exposed share ≥ {@value
 *     TechnologyImpact#HIGH_SHARE}; then people in command and participation are proposed
 * @param tasks the role's tasks with score, share and whether the application touches them
 * @param touchedShare the share of the role's time in tasks the application touches
 * @param hoursConcerned role hours × touched share: the hours in which the application changes the work
 * @param steps the value-stream steps the role performs
 * @param stepHours Σ hours per year in those steps
 * @param potential the hours per year the application could free (see {@link Assumptions}); not a saving
 */
public record RoleImpact(
        String role,
        int people,
        double hoursPerYear,
        String isco,
        String occupationTitle,
        ExposureGradient gradient,
        double mean,
        double spread,
        double coverage,
        double exposedShare,
        ExposurePattern pattern,
        boolean high,
        List<TaskImpact> tasks,
        double touchedShare,
        double hoursConcerned,
        List<RoleStep> steps,
        double stepHours,
        HoursRange potential) {

    public RoleImpact {
        tasks = List.copyOf(tasks);
        steps = List.copyOf(steps);
    }

    /** Whether the application changes any of the role's work. */
    public boolean affected() {
        return touchedShare > 0;
    }

    /** The tasks the application touches: what to learn. */
    public List<TaskImpact> touchedTasks() {
        return tasks.stream().filter(TaskImpact::touched).toList();
    }
}
