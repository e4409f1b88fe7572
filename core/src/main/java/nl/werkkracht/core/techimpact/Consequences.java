package nl.werkkracht.core.techimpact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.routeplan.Route;
import nl.werkkracht.core.techimpact.Consequence.Kind;
import nl.werkkracht.core.techimpact.Consequence.Reason;
import nl.werkkracht.core.techimpact.Consequence.Rule;

/**
 * What an impact analysis means for the route plan (METHODS.md §13, §16; ADR 0023):
 *
 * <ol>
 *   <li>the application is introduced (technology) only when it touches some role's work;
 *   <li>people in command and participation (organisation) whenever the exposure of a role it touches is high;
 *   <li>training during implementation (employee) whenever it touches work;
 *   <li>job redesign (organisation) for a touched role with at least {@value TechnologyImpact#REDESIGN_SHARE} of
 *       its scored time in exposed tasks, under the dual-objective rule (autonomy, health and development must not
 *       get worse; the route plan's guard);
 *   <li>learning on the job (employee) for every role the application touches, with what to learn;
 *   <li>TOP balance: a plan with a technology measure always has an organisation and an employee measure;
 *       participation is added for balance when no organisation measure followed from the rules above.
 * </ol>
 */
public final class Consequences {

    private Consequences() {}

    public static List<Consequence> of(ImpactAnalysis analysis) {
        var out = new ArrayList<Consequence>();
        List<RoleImpact> affected = analysis.affected();
        if (affected.isEmpty()) {
            return out;
        }
        List<String> affectedNames = affected.stream().map(RoleImpact::role).toList();
        out.add(new Consequence(
                Kind.INTRODUCE,
                Optional.empty(),
                new Reason(Rule.TOUCHES_WORK, affectedNames, Optional.empty()),
                List.of()));
        // roles the application does not touch are not changed by it, however exposed their work is
        List<RoleImpact> high = affected.stream().filter(RoleImpact::high).toList();
        if (!high.isEmpty()) {
            var reason = new Reason(
                    Rule.HIGH_EXPOSURE,
                    high.stream().map(RoleImpact::role).toList(),
                    Optional.of(
                            high.stream().mapToDouble(RoleImpact::mean).max().orElseThrow()));
            out.add(new Consequence(Kind.HUMAN_IN_COMMAND, Optional.empty(), reason, List.of()));
            out.add(new Consequence(Kind.PARTICIPATION, Optional.empty(), reason, List.of()));
        }
        out.add(new Consequence(
                Kind.TRAINING_DURING_IMPLEMENTATION,
                Optional.empty(),
                new Reason(Rule.TOUCHES_WORK, affectedNames, Optional.empty()),
                List.of()));
        for (RoleImpact r : affected) {
            if (r.exposedShare() >= TechnologyImpact.REDESIGN_SHARE) {
                out.add(new Consequence(
                        Kind.JOB_REDESIGN,
                        Optional.of(r.role()),
                        new Reason(Rule.MUCH_EXPOSED, List.of(r.role()), Optional.of(r.exposedShare())),
                        List.of()));
            }
        }
        for (RoleImpact r : affected) {
            out.add(new Consequence(
                    Kind.LEARNING_ON_THE_JOB,
                    Optional.of(r.role()),
                    new Reason(Rule.TOUCHES_WORK, List.of(r.role()), Optional.of(r.touchedShare())),
                    r.touchedTasks().stream().map(TaskImpact::text).toList()));
        }
        var routes = EnumSet.noneOf(Route.class);
        out.forEach(c -> routes.add(c.route()));
        if (!routes.contains(Route.ORGANISATION)) {
            out.add(new Consequence(
                    Kind.PARTICIPATION,
                    Optional.empty(),
                    new Reason(Rule.TOP_BALANCE, affectedNames, Optional.empty()),
                    List.of()));
        }
        return List.copyOf(out);
    }

    /** Whether a list of measures keeps the TOP balance: no technology measure without organisation and employee. */
    public static boolean balanced(List<Consequence> consequences) {
        var routes = EnumSet.noneOf(Route.class);
        consequences.forEach(c -> routes.add(c.route()));
        return !routes.contains(Route.TECHNOLOGY)
                || (routes.contains(Route.ORGANISATION) && routes.contains(Route.EMPLOYEE));
    }
}
