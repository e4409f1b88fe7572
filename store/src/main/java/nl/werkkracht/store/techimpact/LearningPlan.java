package nl.werkkracht.store.techimpact;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan for learning on the job in one role affected by a technology (issue 13): an owner, the dates and,
 * once it happened, the day it was marked done.
 *
 * @param role the role's name
 * @param owner who sees to it; empty when not named yet
 * @param start when it starts
 * @param end when it ends, not before the start
 * @param done the day it was marked done; empty while not done
 */
public record LearningPlan(
        String role,
        Optional<String> owner,
        Optional<LocalDate> start,
        Optional<LocalDate> end,
        Optional<LocalDate> done) {

    public LearningPlan {
        Objects.requireNonNull(role, "role");
        owner = Objects.requireNonNull(owner, "owner").map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(done, "done");
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("the learning plan of " + role + " ends before it starts");
        }
    }

    /** A plan not (yet) marked done. */
    public LearningPlan(String role, Optional<String> owner, Optional<LocalDate> start, Optional<LocalDate> end) {
        this(role, owner, start, end, Optional.empty());
    }
}
