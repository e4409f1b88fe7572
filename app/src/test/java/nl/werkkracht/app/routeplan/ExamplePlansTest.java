package nl.werkkracht.app.routeplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.routeplan.RoutePlanView.ProposalView;
import nl.werkkracht.core.routeplan.Exclusion;
import nl.werkkracht.core.routeplan.GuardBreach;
import nl.werkkracht.core.routeplan.GuardedDimension;
import nl.werkkracht.core.routeplan.Proposal;
import nl.werkkracht.core.routeplan.Route;
import nl.werkkracht.core.routeplan.RoutePlan;
import nl.werkkracht.core.routeplan.RoutePlanner;
import nl.werkkracht.core.scan.Pillar;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The shipped catalogue on three contrasting invented organisations: what each plan proposes, puts off
 * and leaves out, and that every proposal says why with the actual figures. With
 * {@code -Droutes.examples.out=FILE} it writes the three plans as Markdown for people to read
 * ({@code docs/examples/routeplans.md}).
 */
class ExamplePlansTest {

    private static final RoutePlanner PLANNER = new RoutePlanner(CatalogueFile.shipped());

    private static final ExampleOrganisation INSTALLER = ExampleOrganisation.load("installation-company.yaml");
    private static final ExampleOrganisation CARE = ExampleOrganisation.load("care-organisation.yaml");
    private static final ExampleOrganisation ICT = ExampleOrganisation.load("ict-firm.yaml");

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages/routeplan");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    static RoutePlanView view(ExampleOrganisation example, Locale locale) {
        RoutePlan plan = PLANNER.plan(example.input());
        var gathered = new RoutePlanInputs.Gathered(example.input(), null, null, null, Optional.empty());
        return PlanViews.of(
                0,
                plan,
                gathered,
                Map.of(),
                PLANNER.catalogue(),
                new RoutePlanText(messages(), locale, Optional.empty()));
    }

    private static List<String> proposed(RoutePlan plan) {
        return plan.proposed().stream().map(p -> p.intervention().id()).toList();
    }

    @Test
    void shouldLeadTheInstallersPlanWithTechnologyAndPutAiOffUntilTheDigitalBasicsAreThere() {
        RoutePlan plan = PLANNER.plan(INSTALLER.input());

        assertThat(plan.laggingFirst()).contains(Pillar.TECHNOLOGY);
        assertThat(plan.proposed().get(0).intervention().route()).isEqualTo(Route.TECHNOLOGY);
        assertThat(proposed(plan))
                .contains(
                        "tech-impact-analysis",
                        "tech-registration-tools",
                        "tech-training-implementation",
                        "tech-involve-employees",
                        "org-cut-rules",
                        "org-value-stream-worst",
                        "org-lean-kaizen",
                        "emp-learning-network")
                .doesNotContain("emp-vitality", "emp-onboarding", "org-workload");
        int lastTechnology = lastIndexOf(plan, Route.TECHNOLOGY);
        int firstOther = plan.proposed().stream()
                .filter(p -> p.intervention().route() != Route.TECHNOLOGY)
                .mapToInt(p -> p.rank() - 1)
                .min()
                .orElseThrow();
        assertThat(lastTechnology).isLessThan(firstOther);
        assertThat(plan.later()).singleElement().satisfies(later -> {
            assertThat(later.intervention().id()).isEqualTo("tech-ai-people-in-command");
            assertThat(later.firstNeeded())
                    .extracting(c -> c.condition().text())
                    .containsExactly("tech.digital >= 50");
        });
        assertThat(plan.excluded()).isEmpty();
    }

    @Test
    void shouldKeepEfficiencyDrivesSelfManagingTeamsAndAlgorithmicPlanningOutOfTheCarePlan() {
        RoutePlan plan = PLANNER.plan(CARE.input());

        assertThat(plan.laggingFirst()).isEmpty();
        assertThat(plan.excluded())
                .extracting(e -> e.intervention().id())
                .containsExactlyInAnyOrder(
                        "org-efficiency-drive", "org-self-managing-teams", "tech-algorithmic-planning");
        Exclusion drive = excluded(plan, "org-efficiency-drive");
        assertThat(drive.breaches())
                .extracting(GuardBreach::dimension)
                .containsExactly(GuardedDimension.AUTONOMY, GuardedDimension.HEALTH);
        assertThat(excluded(plan, "org-self-managing-teams").breaches())
                .extracting(GuardBreach::dimension)
                .containsExactly(GuardedDimension.HEALTH);
        assertThat(proposed(plan))
                .contains(
                        "org-workload",
                        "org-cut-rules",
                        "org-smart-scheduling",
                        "emp-vitality",
                        "org-job-redesign",
                        "org-job-carving",
                        "org-lean-kaizen",
                        "emp-coaching-leadership",
                        "emp-onboarding");
        assertThat(plan.proposed().get(0).strengthens()).isNotEmpty();
    }

    @Test
    void shouldPutThePeopleRouteFirstForTheIctFirmAndAskForAValueStream() {
        RoutePlan plan = PLANNER.plan(ICT.input());

        assertThat(plan.laggingFirst()).contains(Pillar.PEOPLE);
        assertThat(proposed(plan))
                .containsExactlyInAnyOrder(
                        "emp-onboarding",
                        "emp-learning-culture",
                        "emp-career-conversations",
                        "emp-learning-network",
                        "emp-skills-on-the-job");
        assertThat(plan.proposed().get(0).intervention().id()).isEqualTo("emp-onboarding");
        assertThat(plan.excluded()).isEmpty();
        assertThat(plan.missing()).extracting(Enum::name).containsExactly("VALUE_STREAM");
    }

    @Test
    void shouldNeverProposeWhatLowersADimensionThatIsAlreadyLow() {
        for (ExampleOrganisation example : List.of(INSTALLER, CARE, ICT)) {
            RoutePlan plan = PLANNER.plan(example.input());
            for (Proposal p : plan.proposed()) {
                for (GuardedDimension d : GuardedDimension.values()) {
                    if (p.intervention().effects().on(d) < 0) {
                        assertThat(PLANNER.catalogue().guard().evidence(d, example.input()))
                                .as(example.name() + " " + p.intervention().id() + " " + d)
                                .isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void shouldSayWhyEveryProposalWasChosenWithTheActualFigures() {
        for (ExampleOrganisation example : List.of(INSTALLER, CARE, ICT)) {
            for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
                RoutePlanView view = view(example, locale);
                assertThat(view.proposed()).as(example.name()).isNotEmpty();
                for (ProposalView p : view.proposed()) {
                    assertThat(p.why()).as(p.id()).isNotEmpty().allMatch(w -> w.matches(".*\\d.*"));
                    assertThat(p.source()).as(p.id()).isNotBlank();
                }
                view.excluded().forEach(e -> assertThat(e.reason()).as(e.id()).isNotBlank());
            }
        }
    }

    @Test
    void shouldWriteTheReasonsAsPeopleReadThem() {
        RoutePlanView dutch = view(CARE, Locale.forLanguageTag("nl"));
        RoutePlanView english = view(CARE, Locale.ENGLISH);

        assertThat(proposal(dutch, "org-cut-rules").why())
                .contains(
                        "Lage regeldruk en registratielast: 34 van 100 (onder 50)",
                        "Tijd voor registratie in een proces: 34% (boven 20%)");
        assertThat(proposal(english, "org-cut-rules").why())
                .contains("Low rules and registration burden: 34 out of 100 (below 50)");
        assertThat(excludedView(dutch, "org-efficiency-drive").reasons())
                .containsExactly(
                        "Kan de autonomie verlagen, terwijl die nu al laag is — Autonomie: 38 van 100 (onder 50);"
                                + " Beslisruimte: 35 van 100 (onder 50).",
                        "Kan de gezondheid verlagen, terwijl die nu al laag is — Lichamelijke belasting goed te doen:"
                                + " 41 van 100 (onder 50); Werkdruk goed te doen: 32 van 100 (onder 50); Vitaliteit: 44"
                                + " van 100 (onder 50); Ziekteverzuim: 8,4% (boven 5,5%).");
        assertThat(view(INSTALLER, Locale.forLanguageTag("nl")).laggingNote())
                .isEqualTo(
                        "De TOP-pijlers zijn uit balans en de pijler Technologie blijft achter. Daarom staat de route"
                                + " Technologie voorop.");
    }

    @Test
    void shouldWriteTheExamplesForPeopleToReadWhenAsked() throws IOException {
        String out = System.getProperty("routes.examples.out");
        String markdown = ExamplePlansDocument.markdown(
                List.of(INSTALLER, CARE, ICT),
                ExamplePlansTest::view,
                List.of(Locale.ENGLISH, Locale.forLanguageTag("nl")));

        assertThat(markdown).contains("invented example").contains("verzonnen voorbeeld");
        if (out != null && !out.isBlank()) {
            Files.writeString(Path.of(out), markdown, StandardCharsets.UTF_8);
        }
    }

    private static int lastIndexOf(RoutePlan plan, Route route) {
        return plan.proposed().stream()
                .filter(p -> p.intervention().route() == route)
                .mapToInt(p -> p.rank() - 1)
                .max()
                .orElseThrow();
    }

    private static Exclusion excluded(RoutePlan plan, String id) {
        return plan.excluded().stream()
                .filter(e -> e.intervention().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ProposalView proposal(RoutePlanView view, String id) {
        return view.proposed().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static RoutePlanView.ExcludedView excludedView(RoutePlanView view, String id) {
        return view.excluded().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
