package nl.werkkracht.core.techimpact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.werkkracht.core.occupation.OccupationTask;

/**
 * Technology impact per role (METHODS.md §16; TNO's Technology Impact Method): which of a role's tasks an
 * application touches, how exposed the role's work is to generative AI by the ILO's task scores, which
 * value-stream steps and hours it concerns, and what time it could free — as a range with its assumptions,
 * never as a saving. The thresholds are Werkkracht's (ADR 0023); the ILO's own gradient is shown as published.
 */
public final class TechnologyImpact {

    /** A task with at least this ILO score counts as exposed. */
    public static final double EXPOSED_TASK = 0.5;
    /** Automation pattern: mean at least this … */
    public static final double AUTOMATION_MEAN = 0.5;
    /** … and spread below this. */
    public static final double AUTOMATION_SPREAD = 0.15;
    /** Augmentation pattern: at least this share of the scored time in exposed tasks. */
    public static final double AUGMENTATION_SHARE = 0.1;
    /** High exposure: mean at least this … */
    public static final double HIGH_MEAN = 0.45;
    /** … or at least this share of the scored time in exposed tasks. */
    public static final double HIGH_SHARE = 0.3;
    /** Job redesign is proposed when at least this share of the scored time is in exposed tasks. */
    public static final double REDESIGN_SHARE = 0.5;

    /** An application that touches nothing relevant: the exposure of a role does not depend on the application. */
    private static final TechnologyApplication EXPOSURE_ONLY = new TechnologyApplication(
            "exposure",
            "blootstelling",
            "exposure",
            TechnologyApplication.Kind.GENERATIVE_AI,
            List.of(new TaskType("none", List.of("\u0000"))));

    private TechnologyImpact() {}

    /**
     * The role's exposure alone (mean, spread, exposed share, pattern, high), as in every analysis of it; the
     * fields about an application (touched tasks, potential) are those of a placeholder and mean nothing.
     */
    public static RoleImpact exposure(RoleInput role) {
        return role(EXPOSURE_ONLY, role, Assumptions.DEFAULT);
    }

    /** Analyses the application against the organisation's roles. */
    public static ImpactAnalysis analyse(
            TechnologyApplication application, List<RoleInput> roles, Assumptions assumptions) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(assumptions, "assumptions");
        var impacts = new ArrayList<RoleImpact>(roles.size());
        for (RoleInput role : roles) {
            impacts.add(role(application, role, assumptions));
        }
        return new ImpactAnalysis(application, assumptions, impacts);
    }

    static RoleImpact role(TechnologyApplication application, RoleInput role, Assumptions assumptions) {
        var tasks = new ArrayList<TaskImpact>();
        double v1 = 0;
        double v2 = 0;
        double weighted = 0;
        double exposed = 0;
        double touchedShare = 0;
        double capable = 0; // Σ share × capability over touched tasks
        for (TaskShare ts : role.effectiveTasks()) {
            OccupationTask task = role.occupation().task(ts.task()).orElseThrow();
            boolean touched = role.touched()
                    .map(set -> set.contains(task.number()))
                    .orElseGet(() -> application.touches(task.text()));
            tasks.add(new TaskImpact(task.number(), task.text(), task.score(), ts.share(), touched));
            v1 += ts.share();
            v2 += ts.share() * ts.share();
            weighted += ts.share() * task.score();
            if (task.score() >= EXPOSED_TASK) {
                exposed += ts.share();
            }
            if (touched) {
                touchedShare += ts.share();
                capable += ts.share() * (application.scoredByIlo() ? task.score() : assumptions.otherCapability());
            }
        }
        double mean = v1 > 0 ? weighted / v1 : 0;
        double spread = spread(tasks, mean, v1, v2);
        double exposedShare = v1 > 0 ? exposed / v1 : 0;
        ExposurePattern pattern = pattern(mean, spread, exposedShare);
        boolean high = v1 > 0 && (mean >= HIGH_MEAN || exposedShare >= HIGH_SHARE);
        double stepHours =
                role.steps().stream().mapToDouble(RoleStep::hoursPerYear).sum();
        double could = role.hoursPerYear() * capable;
        var potential = new HoursRange(could * assumptions.realisationLow(), could * assumptions.realisationHigh());
        return new RoleImpact(
                role.name(),
                role.people(),
                role.hoursPerYear(),
                role.occupation().isco(),
                role.occupation().title(),
                role.occupation().gradient(),
                mean,
                spread,
                v1,
                exposedShare,
                pattern,
                high,
                tasks,
                touchedShare,
                role.hoursPerYear() * touchedShare,
                role.steps(),
                stepHours,
                potential);
    }

    /** Weighted standard deviation with the reliability-weights correction (sample SD for equal weights). */
    static double spread(List<TaskImpact> tasks, double mean, double v1, double v2) {
        double denominator = v1 - v2 / v1;
        if (tasks.size() < 2 || !(denominator > 0)) {
            return 0;
        }
        double ss = 0;
        for (TaskImpact t : tasks) {
            ss += t.share() * (t.score() - mean) * (t.score() - mean);
        }
        return Math.sqrt(ss / denominator);
    }

    static ExposurePattern pattern(double mean, double spread, double exposedShare) {
        if (mean >= AUTOMATION_MEAN && spread < AUTOMATION_SPREAD) {
            return ExposurePattern.AUTOMATION;
        }
        if (exposedShare >= AUGMENTATION_SHARE) {
            return ExposurePattern.AUGMENTATION;
        }
        return ExposurePattern.LOW;
    }

    /** The set of task numbers, for callers that store the user's touched marks. */
    public static Set<Integer> touchedTasks(RoleImpact impact) {
        var set = new java.util.TreeSet<Integer>();
        impact.touchedTasks().forEach(t -> set.add(t.task()));
        return set;
    }
}
