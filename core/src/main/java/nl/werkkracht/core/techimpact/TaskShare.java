package nl.werkkracht.core.techimpact;

/**
 * A task of the occupation that a role really does, and the share of the role's working time it takes.
 *
 * @param task the ILO task number within the occupation
 * @param share the share of the role's working time, in (0, 1]
 */
public record TaskShare(int task, double share) {

    public TaskShare {
        if (task < 1) {
            throw new IllegalArgumentException("task number must be 1 or more, got " + task);
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("time share of task " + task + " must lie in (0, 1], got " + share);
        }
    }
}
