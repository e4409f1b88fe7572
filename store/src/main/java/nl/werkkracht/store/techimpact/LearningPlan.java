package nl.werkkracht.store.techimpact;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan for learning on the job in one role affected by a technology (issue 13): an owner and the dates.
 *
 * @param role the role's name
 * @param owner who sees to it; empty when not named yet
 * @param start when it starts
 * @param end when it ends, not before the start
 */
public record LearningPlan(String role, Optional<String> owner, Optional<LocalDate> start, Optional<LocalDate> end) {

    public LearningPlan {
        Objects.requireNonNull(role, "role");
        owner = Objects.requireNonNull(owner, "owner").map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("the learning plan of " + role + " ends before it starts");
        }
    }
}
