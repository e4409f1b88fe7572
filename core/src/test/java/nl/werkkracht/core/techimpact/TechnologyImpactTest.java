package nl.werkkracht.core.techimpact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.occupation.ExposureGradient;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.core.occupation.OccupationTask;
import nl.werkkracht.core.routeplan.Route;
import org.junit.jupiter.api.Test;

/**
 * Worked example with the ILO 2025 task scores of ISCO 4110 General Office Clerks and 7411 Building and
 * Related Electricians (copied from the ILO file, task numbers as there). Hand calculation in the comments.
 */
class TechnologyImpactTest {

    static final Occupation CLERKS = new Occupation(
            "4110",
            "General Office Clerks",
            0.60,
            0.10,
            0.69,
            ExposureGradient.GRADIENT_4,
            List.of(
                    new OccupationTask(1, "Recording, preparing, sorting, classifying and filing information;", 0.595),
                    new OccupationTask(2, "Sorting, opening and sending mail;", 0.3875),
                    new OccupationTask(3, "Photocopying and faxing documents;", 0.535),
                    new OccupationTask(4, "Preparing reports and correspondence of a routine nature;", 0.65),
                    new OccupationTask(5, "Recording issue of equipment to staff;", 0.565),
                    new OccupationTask(
                            6,
                            "Responding to telephone or electronic enquiries or forwarding to appropriate person;",
                            0.63),
                    new OccupationTask(
                            7,
                            "Checking figures, preparing invoices and recording details of financial transactions made;",
                            0.685),
                    new OccupationTask(
                            8,
                            "Transcribing information onto computers, and proofreading and correcting copy.",
                            0.7125)));

    static final Occupation ELECTRICIANS = new Occupation(
            "7411",
            "Building and Related Electricians",
            0.19,
            0.06,
            0.2,
            ExposureGradient.NOT_EXPOSED,
            List.of(
                    new OccupationTask(1, "Installing, maintaining and repairing electrical wiring systems", 0.18),
                    new OccupationTask(2, "Examining blueprints, wiring diagrams and specifications", 0.2825),
                    new OccupationTask(3, "Planning layout and installation of electrical wiring", 0.195),
                    new OccupationTask(4, "Inspecting electrical systems, equipment and components", 0.2025),
                    new OccupationTask(5, "Selecting, cutting and connecting wire and cable", 0.135),
                    new OccupationTask(6, "Measuring and laying out installation reference points;", 0.1375),
                    new OccupationTask(7, "Positioning and installing electrical switchboards;", 0.1375),
                    new OccupationTask(8, "Testing continuity of circuit.", 0.26)));

    static final TechnologyApplication WRITING = new TechnologyApplication(
            "genai-writing",
            "Schrijfassistent",
            "Writing assistant",
            TechnologyApplication.Kind.GENERATIVE_AI,
            List.of(new TaskType("writing", List.of("report", "correspondence", "recording", "transcrib"))));

    private static RoleInput clerk(Optional<Set<Integer>> touched) {
        return new RoleInput(
                "Administratief medewerker",
                1,
                1600,
                CLERKS,
                List.of(new TaskShare(1, 0.3), new TaskShare(4, 0.2), new TaskShare(6, 0.2), new TaskShare(2, 0.1)),
                touched,
                List.of(new RoleStep("Facturatie", "Factuur opstellen", 12, 2000, true)));
    }

    /**
     * mean = (0.3·0.595 + 0.2·0.65 + 0.2·0.63 + 0.1·0.3875) / 0.8 = 0.47325 / 0.8 = 0.5915625;
     * V₁ = 0.8, V₂ = 0.18, V₁ − V₂/V₁ = 0.575; Σ w (s − mean)² = 0.005146171; spread = √(0.005146171 / 0.575) = 0.094604;
     * exposed (score ≥ 0.5): 0.7 of 0.8 = 0.875 → automation pattern (mean ≥ 0.5, spread &lt; 0.15), high.
     */
    @Test
    void shouldComputeTheRoleExposureOfTheWorkedExample() {
        RoleImpact r = TechnologyImpact.role(WRITING, clerk(Optional.of(Set.of(1, 4))), Assumptions.DEFAULT);
        assertThat(r.mean()).isCloseTo(0.5915625, within(1e-9));
        assertThat(r.spread()).isCloseTo(0.094604, within(1e-6));
        assertThat(r.coverage()).isCloseTo(0.8, within(1e-12));
        assertThat(r.exposedShare()).isCloseTo(0.875, within(1e-12));
        assertThat(r.pattern()).isEqualTo(ExposurePattern.AUTOMATION);
        assertThat(r.high()).isTrue();
        assertThat(r.gradient()).isEqualTo(ExposureGradient.GRADIENT_4);
    }

    /**
     * Touched: tasks 1 and 4, 0.5 of the time → 800 of 1600 hours concerned; could free 1600 · (0.3·0.595 +
     * 0.2·0.65) = 1600 · 0.3085 = 493.6 hours, realised a quarter to a half: 123.4 … 246.8 hours. The step:
     * 2000 × 12 / 60 = 400 hours.
     */
    @Test
    void shouldShowThePotentialAsARangeWithItsAssumptions() {
        RoleImpact r = TechnologyImpact.role(WRITING, clerk(Optional.of(Set.of(1, 4))), Assumptions.DEFAULT);
        assertThat(r.touchedShare()).isCloseTo(0.5, within(1e-12));
        assertThat(r.hoursConcerned()).isCloseTo(800, within(1e-9));
        assertThat(r.potential().low()).isCloseTo(123.4, within(1e-9));
        assertThat(r.potential().high()).isCloseTo(246.8, within(1e-9));
        assertThat(r.stepHours()).isCloseTo(400, within(1e-9));
    }

    @Test
    void shouldSuggestTouchedTasksFromTheTaskTypesUntilTheUserConfirms() {
        RoleImpact r = TechnologyImpact.role(WRITING, clerk(Optional.empty()), Assumptions.DEFAULT);
        assertThat(TechnologyImpact.touchedTasks(r)).containsExactly(1, 4);
    }

    /** With no tasks marked every task counts equally: the ILO's mean (0.595) and sample SD (0.10262) before rounding. */
    @Test
    void shouldReproduceTheIloFiguresWithEqualShares() {
        var role = new RoleInput("Kantoor", 2, 3000, CLERKS, List.of(), Optional.empty(), List.of());
        RoleImpact r = TechnologyImpact.role(WRITING, role, Assumptions.DEFAULT);
        assertThat(r.mean()).isCloseTo(0.595, within(1e-9));
        assertThat(r.spread()).isCloseTo(0.1026175, within(1e-6));
        assertThat(r.mean()).isCloseTo(CLERKS.meanScore(), within(0.005));
        assertThat(r.spread()).isCloseTo(CLERKS.sdScore(), within(0.005));
    }

    @Test
    void shouldWeightTheOrganisationExposureByHours() {
        var electrician = new RoleInput("Monteur", 6, 9000, ELECTRICIANS, List.of(), Optional.empty(), List.of());
        ImpactAnalysis a = TechnologyImpact.analyse(
                WRITING, List.of(clerk(Optional.of(Set.of(1, 4))), electrician), Assumptions.DEFAULT);
        // electricians: mean of 8 scores = 1.53 / 8 = 0.19125; (1600 · 0.5915625 + 9000 · 0.19125) / 10600
        assertThat(a.roles().get(1).mean()).isCloseTo(0.19125, within(1e-9));
        assertThat(a.organisationExposure().orElseThrow())
                .isCloseTo((1600 * 0.5915625 + 9000 * 0.19125) / 10600, within(1e-9));
        assertThat(a.roles().get(1).pattern()).isEqualTo(ExposurePattern.LOW);
        assertThat(a.roles().get(1).affected()).isFalse();
        assertThat(a.potential().high()).isCloseTo(246.8, within(1e-9));
    }

    @Test
    void shouldProposeMeasuresOnAllThreeRoutesWithTheirReasons() {
        var electrician = new RoleInput("Monteur", 6, 9000, ELECTRICIANS, List.of(), Optional.empty(), List.of());
        ImpactAnalysis a = TechnologyImpact.analyse(
                WRITING, List.of(clerk(Optional.of(Set.of(1, 4))), electrician), Assumptions.DEFAULT);
        List<Consequence> c = Consequences.of(a);
        assertThat(c)
                .extracting(Consequence::kind)
                .containsExactly(
                        Consequence.Kind.INTRODUCE,
                        Consequence.Kind.HUMAN_IN_COMMAND,
                        Consequence.Kind.PARTICIPATION,
                        Consequence.Kind.TRAINING_DURING_IMPLEMENTATION,
                        Consequence.Kind.JOB_REDESIGN,
                        Consequence.Kind.LEARNING_ON_THE_JOB);
        assertThat(c.get(1).reason().roles()).containsExactly("Administratief medewerker");
        assertThat(c.get(4).reason().figure()).contains(0.875);
        assertThat(c.get(5).learn())
                .containsExactly(
                        "Recording, preparing, sorting, classifying and filing information;",
                        "Preparing reports and correspondence of a routine nature;");
        assertThat(Consequences.balanced(c)).isTrue();
    }

    @Test
    void shouldAddParticipationForTopBalanceWhenExposureIsLow() {
        var electrician = new RoleInput("Monteur", 6, 9000, ELECTRICIANS, List.of(), Optional.of(Set.of(2)), List.of());
        List<Consequence> c =
                Consequences.of(TechnologyImpact.analyse(WRITING, List.of(electrician), Assumptions.DEFAULT));
        assertThat(c).extracting(Consequence::route).contains(Route.TECHNOLOGY, Route.ORGANISATION, Route.EMPLOYEE);
        assertThat(c)
                .filteredOn(x -> x.reason().rule() == Consequence.Rule.TOP_BALANCE)
                .extracting(Consequence::kind)
                .containsExactly(Consequence.Kind.PARTICIPATION);
        assertThat(Consequences.balanced(c)).isTrue();
    }

    @Test
    void shouldNotPutPeopleInCommandOfRolesTheApplicationDoesNotTouch() {
        var untouchedClerk = new RoleInput("Receptie", 1, 1400, CLERKS, List.of(), Optional.of(Set.of()), List.of());
        var electrician = new RoleInput("Monteur", 6, 9000, ELECTRICIANS, List.of(), Optional.of(Set.of(2)), List.of());
        List<Consequence> c = Consequences.of(
                TechnologyImpact.analyse(WRITING, List.of(untouchedClerk, electrician), Assumptions.DEFAULT));
        assertThat(c)
                .extracting(Consequence::kind)
                .doesNotContain(Consequence.Kind.HUMAN_IN_COMMAND, Consequence.Kind.JOB_REDESIGN);
        assertThat(Consequences.balanced(c)).isTrue();
    }

    @Test
    void shouldProposeNothingWhenTheApplicationTouchesNoWork() {
        var electrician = new RoleInput("Monteur", 6, 9000, ELECTRICIANS, List.of(), Optional.of(Set.of()), List.of());
        assertThat(Consequences.of(TechnologyImpact.analyse(WRITING, List.of(electrician), Assumptions.DEFAULT)))
                .isEmpty();
    }

    @Test
    void shouldRefuseSharesAboveAHundredPercentAndUnknownTasks() {
        assertThatThrownBy(() -> new RoleInput(
                        "X",
                        1,
                        100,
                        CLERKS,
                        List.of(new TaskShare(1, 0.7), new TaskShare(2, 0.4)),
                        Optional.empty(),
                        List.of()))
                .hasMessageContaining("100 %");
        assertThatThrownBy(() ->
                        new RoleInput("X", 1, 100, CLERKS, List.of(new TaskShare(9, 0.5)), Optional.empty(), List.of()))
                .hasMessageContaining("no task 9");
    }
}
