package nl.werkkracht.core.techimpact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.routeplan.Route;

/**
 * A measure the technology impact analysis adds to the route plan (METHODS.md §13, §16), with its reason.
 *
 * @param kind what to do
 * @param role the role it is for; empty for the organisation as a whole
 * @param reason why, as figures the page puts into words
 * @param learn for {@link Kind#LEARNING_ON_THE_JOB}: the task descriptions that change (what to learn)
 */
public record Consequence(Kind kind, Optional<String> role, Reason reason, List<String> learn) {

    /** The measures, each on its route of the TOP model. */
    public enum Kind {
        /** Introduce the application, stepwise and measured (technology). */
        INTRODUCE(Route.TECHNOLOGY),
        /** People stay in command: the role decides, checks and can override the output (organisation). */
        HUMAN_IN_COMMAND(Route.ORGANISATION),
        /** The people of the roles and the works council take part in choosing and introducing (organisation). */
        PARTICIPATION(Route.ORGANISATION),
        /** Redesign the role's job so that autonomy, health and development do not get worse (organisation). */
        JOB_REDESIGN(Route.ORGANISATION),
        /** Training while the application is introduced, not before (employee). */
        TRAINING_DURING_IMPLEMENTATION(Route.EMPLOYEE),
        /** Learning on the job per role: pairs, practice with the tool, time for it in the schedule (employee). */
        LEARNING_ON_THE_JOB(Route.EMPLOYEE);

        private final Route route;

        Kind(Route route) {
            this.route = route;
        }

        public Route route() {
            return route;
        }
    }

    /**
     * Why a measure was chosen.
     *
     * @param rule which rule of ADR 0023 fired
     * @param roles the roles the rule concerns
     * @param figure the figure that triggered it (an exposure mean or a share, 0–1); empty for the balance rule
     */
    public record Reason(Rule rule, List<String> roles, Optional<Double> figure) {
        public Reason {
            Objects.requireNonNull(rule, "rule");
            roles = List.copyOf(roles);
            Objects.requireNonNull(figure, "figure");
        }
    }

    /** The rules. */
    public enum Rule {
        /** The application touches work of these roles. */
        TOUCHES_WORK,
        /** These roles' exposure is high (mean or exposed share over the thresholds). */
        HIGH_EXPOSURE,
        /** Much of this role's scored time is in exposed tasks. */
        MUCH_EXPOSED,
        /** TOP balance: no technology route without the organisation and people routes that go with it. */
        TOP_BALANCE
    }

    public Consequence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reason, "reason");
        learn = List.copyOf(learn);
    }

    public Route route() {
        return kind.route();
    }
}
