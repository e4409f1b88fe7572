package nl.werkkracht.app.techimpact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.werkkracht.core.techimpact.Assumptions;
import nl.werkkracht.core.techimpact.Consequence;
import nl.werkkracht.core.techimpact.ImpactAnalysis;
import nl.werkkracht.core.techimpact.RoleImpact;
import nl.werkkracht.core.techimpact.RoleStep;
import nl.werkkracht.core.techimpact.TaskImpact;
import nl.werkkracht.store.techimpact.LearningPlan;
import nl.werkkracht.store.techimpact.StoredAnalysis;

/**
 * A technology impact analysis as the API and pages show it (METHODS.md §16): the application, per role the
 * exposure and the tasks, steps and hours it concerns, the potential as a range with its assumptions (never a
 * saving), the measures for the route plan with their reasons, and the TIM worksheet's answers.
 */
public record AnalysisView(
        long id,
        String applicationId,
        String applicationNameNl,
        String applicationNameEn,
        @Schema(allowableValues = {"GENERATIVE_AI", "SOFTWARE_AUTOMATION", "ROBOTICS"}) String kind,
        @Schema(description = "whether the ILO generative-AI scores measure this kind of technology")
                boolean scoredByIlo,
        String description,
        List<String> taskTypes,
        String answerProducts,
        String answerProcess,
        String answerSkills,
        @Schema(description = "the roles' exposure (mean task score) weighted by hours; null without hours")
                Double organisationExposure,
        @Schema(description = "hours per year in tasks the application touches") double hoursConcerned,
        @Schema(description = "hours per year the application could free, low end; a potential, not a saving")
                double potentialLow,
        @Schema(description = "hours per year the application could free, high end; a potential, not a saving")
                double potentialHigh,
        double realisationLow,
        double realisationHigh,
        double otherCapability,
        List<RoleImpactView> roles,
        List<ConsequenceView> consequences,
        @Schema(description = "learning on the job per touched role: owner and dates (empty fields when not planned)")
                List<LearningView> learning,
        Instant createdAt,
        Instant updatedAt) {

    /** The impact on one role. */
    public record RoleImpactView(
            String role,
            int people,
            double hoursPerYear,
            String isco,
            String occupationTitle,
            String gradient,
            @Schema(description = "time-weighted mean ILO score of the tasks the role does, 0–1") double mean,
            @Schema(description = "weighted standard deviation of those scores") double spread,
            @Schema(description = "share of the role's time in scored ISCO-08 tasks") double coverage,
            @Schema(description = "share of the scored time in tasks scoring ≥ 0.5") double exposedShare,
            @Schema(allowableValues = {"LOW", "AUGMENTATION", "AUTOMATION"}) String pattern,
            boolean high,
            double touchedShare,
            double hoursConcerned,
            double stepHours,
            double potentialLow,
            double potentialHigh,
            List<TaskImpact> tasks,
            List<RoleStep> steps) {

        static RoleImpactView of(RoleImpact r) {
            return new RoleImpactView(
                    r.role(),
                    r.people(),
                    r.hoursPerYear(),
                    r.isco(),
                    r.occupationTitle(),
                    r.gradient().name(),
                    r.mean(),
                    r.spread(),
                    r.coverage(),
                    r.exposedShare(),
                    r.pattern().name(),
                    r.high(),
                    r.touchedShare(),
                    r.hoursConcerned(),
                    r.stepHours(),
                    r.potential().low(),
                    r.potential().high(),
                    r.tasks(),
                    r.steps());
        }

        /** Whether the application touches the role's work. */
        public boolean affected() {
            return touchedShare > 0;
        }

        /** The steps that are registration or administration. */
        public long registrationSteps() {
            return steps.stream().filter(RoleStep::registration).count();
        }
    }

    /** A measure for the route plan with its reason. */
    public record ConsequenceView(
            @Schema(
                            allowableValues = {
                                "INTRODUCE",
                                "HUMAN_IN_COMMAND",
                                "PARTICIPATION",
                                "JOB_REDESIGN",
                                "TRAINING_DURING_IMPLEMENTATION",
                                "LEARNING_ON_THE_JOB"
                            })
                    String kind,
            @Schema(allowableValues = {"TECHNOLOGY", "ORGANISATION", "EMPLOYEE"}) String route,
            String role,
            @Schema(allowableValues = {"TOUCHES_WORK", "HIGH_EXPOSURE", "MUCH_EXPOSED", "TOP_BALANCE"}) String rule,
            List<String> roles,
            @Schema(description = "the figure that triggered the rule, 0–1; null for the balance rule") Double figure,
            @Schema(description = "for learning on the job: the tasks that change") List<String> learn) {

        static ConsequenceView of(Consequence c) {
            return new ConsequenceView(
                    c.kind().name(),
                    c.route().name(),
                    c.role().orElse(null),
                    c.reason().rule().name(),
                    c.reason().roles(),
                    c.reason().figure().orElse(null),
                    c.learn());
        }
    }

    /** The plan for learning on the job in one touched role. */
    public record LearningView(
            String role,
            String owner,
            LocalDate start,
            LocalDate end,
            @Schema(description = "the day it was marked done; null while not done") LocalDate done) {}

    static AnalysisView of(
            StoredAnalysis stored, ImpactAnalysis analysis, List<Consequence> consequences, List<LearningPlan> plans) {
        var learning = new java.util.ArrayList<LearningView>();
        for (RoleImpact r : analysis.roles()) {
            if (!r.affected()) {
                continue;
            }
            LearningPlan p = plans.stream()
                    .filter(x -> x.role().equalsIgnoreCase(r.role()))
                    .findFirst()
                    .orElse(new LearningPlan(
                            r.role(),
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            java.util.Optional.empty()));
            learning.add(new LearningView(
                    r.role(),
                    p.owner().orElse(null),
                    p.start().orElse(null),
                    p.end().orElse(null),
                    p.done().orElse(null)));
        }
        Assumptions a = analysis.assumptions();
        var app = analysis.application();
        return new AnalysisView(
                stored.id(),
                stored.applicationId(),
                app.nameNl(),
                app.nameEn(),
                app.kind().name(),
                app.scoredByIlo(),
                stored.description().orElse(null),
                stored.taskTypes(),
                stored.answerProducts().orElse(null),
                stored.answerProcess().orElse(null),
                stored.answerSkills().orElse(null),
                analysis.organisationExposure().isPresent()
                        ? analysis.organisationExposure().getAsDouble()
                        : null,
                analysis.hoursConcerned(),
                analysis.potential().low(),
                analysis.potential().high(),
                a.realisationLow(),
                a.realisationHigh(),
                a.otherCapability(),
                analysis.roles().stream().map(RoleImpactView::of).toList(),
                consequences.stream().map(ConsequenceView::of).toList(),
                learning,
                stored.createdAt(),
                stored.updatedAt());
    }

    /** The roles the application touches. */
    public List<RoleImpactView> affectedRoles() {
        return roles.stream().filter(RoleImpactView::affected).toList();
    }

    /** The value-stream steps of the affected roles (what changes in the work process). */
    public List<RoleStep> stepsConcerned() {
        return affectedRoles().stream().flatMap(r -> r.steps().stream()).toList();
    }
}
