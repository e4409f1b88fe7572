package nl.werkkracht.app.techimpact;

import java.util.List;

/**
 * A role as the API and pages show it.
 *
 * @param tasks the tasks the role does with their shares; empty when not marked (every task counts equally)
 */
public record RoleView(
        long id,
        String name,
        int people,
        double hoursPerYear,
        String isco,
        String occupationTitle,
        String occupationTitleNl,
        String gradient,
        List<RoleTaskView> tasks) {

    /** A task of the role's occupation, with the share the role gives it (0 when it does not do it). */
    public record RoleTaskView(int number, String task, double score, double share) {}
}
