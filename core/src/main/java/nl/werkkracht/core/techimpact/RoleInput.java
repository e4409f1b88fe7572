package nl.werkkracht.core.techimpact;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.occupation.Occupation;

/**
 * One role of the organisation as the technology impact analysis sees it.
 *
 * @param name the role's name ("planner")
 * @param people how many people work in the role, 1 or more
 * @param hoursPerYear hours worked in the role per year by all its people together, not negative
 * @param occupation the ISCO-08 occupation the role belongs to, with its ILO task scores
 * @param tasks the tasks the role really does with their time shares; shares add up to at most 1 (the rest is
 *     work outside the ISCO-08 task list, which the ILO does not score). Empty: the user has not marked tasks
 *     yet, and every task of the occupation counts with an equal share (the ILO's own unweighted mean)
 * @param touched the tasks the application touches as the user confirmed them; empty: as the catalogue
 *     suggests from the task types
 * @param steps the value-stream steps the role performs
 */
public record RoleInput(
        String name,
        int people,
        double hoursPerYear,
        Occupation occupation,
        List<TaskShare> tasks,
        Optional<Set<Integer>> touched,
        List<RoleStep> steps) {

    public RoleInput {
        Objects.requireNonNull(name, "name");
        if (people < 1) {
            throw new IllegalArgumentException("role " + name + " needs at least 1 person");
        }
        if (!(hoursPerYear >= 0) || Double.isInfinite(hoursPerYear)) {
            throw new IllegalArgumentException("hours per year of role " + name + " must be finite and not negative");
        }
        Objects.requireNonNull(occupation, "occupation");
        tasks = List.copyOf(tasks);
        var seen = new HashSet<Integer>();
        double sum = 0;
        for (TaskShare t : tasks) {
            if (occupation.task(t.task()).isEmpty()) {
                throw new IllegalArgumentException(
                        "occupation " + occupation.isco() + " has no task " + t.task() + " (role " + name + ")");
            }
            if (!seen.add(t.task())) {
                throw new IllegalArgumentException("task " + t.task() + " appears twice in role " + name);
            }
            sum += t.share();
        }
        if (sum > 1 + 1e-9) {
            throw new IllegalArgumentException("the time shares of role " + name + " add up to more than 100 %");
        }
        touched = Objects.requireNonNull(touched, "touched").map(Set::copyOf);
        steps = List.copyOf(steps);
    }

    /** The tasks with their shares: as given, or every task of the occupation with an equal share. */
    public List<TaskShare> effectiveTasks() {
        if (!tasks.isEmpty()) {
            return tasks;
        }
        double share = 1.0 / occupation.tasks().size();
        return occupation.tasks().stream()
                .map(t -> new TaskShare(t.number(), share))
                .toList();
    }
}
