package nl.werkkracht.app.techimpact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.core.techimpact.TaskShare;
import nl.werkkracht.core.techimpact.WorkRole;
import nl.werkkracht.core.techimpact.WorkRole.InvalidRoleException;

/** A role as the API receives it ({@code POST}, {@code PUT}). */
record RoleRequest(
        @Schema(example = "Administratief medewerker", description = "1 to 100 characters, unique in the organisation")
                String name,
        @Schema(example = "4", description = "people in the role, ≥ 1") Integer people,
        @Schema(example = "6400", description = "hours worked in the role per year, all its people together")
                Double hoursPerYear,
        @Schema(example = "4110", description = "4-digit ISCO-08 unit group (GET /api/v1/occupations?q=)") String isco,
        @Schema(
                        description = "the occupation's tasks the role really does with their share of its time (0–1, "
                                + "together at most 1); omit to count every task equally")
                List<TaskRequest> tasks) {

    /** A task the role does. */
    record TaskRequest(@Schema(example = "4") Integer task, @Schema(example = "0.25") Double share) {}

    WorkRole toRole() {
        if (people == null) {
            throw new InvalidRoleException("people", "is required");
        }
        if (hoursPerYear == null) {
            throw new InvalidRoleException("hoursPerYear", "is required");
        }
        var shares = new ArrayList<TaskShare>();
        if (tasks != null) {
            for (int i = 0; i < tasks.size(); i++) {
                TaskRequest t = tasks.get(i);
                if (t == null || t.task() == null || t.share() == null) {
                    throw new InvalidRoleException("tasks[" + i + "]", "needs a task number and a share");
                }
                try {
                    shares.add(new TaskShare(t.task(), t.share()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRoleException("tasks[" + i + "]", "share must lie in (0, 1]");
                }
            }
        }
        return new WorkRole(name, people, hoursPerYear, isco, shares);
    }
}
