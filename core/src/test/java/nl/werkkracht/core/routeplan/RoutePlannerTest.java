package nl.werkkracht.core.routeplan;

import static nl.werkkracht.core.routeplan.TestCatalogue.intervention;
import static nl.werkkracht.core.routeplan.TestCatalogue.neutral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.werkkracht.core.scan.Pillar;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

    private static final double TOLERANCE = 1e-9;

    private static List<String> ids(List<Proposal> proposals) {
        return proposals.stream().map(p -> p.intervention().id()).toList();
    }

    @Test
    void shouldProposeOnlyInterventionsWhoseConditionsHoldAndSayWhyWithTheActualValues() {
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(
                intervention(
                        "cut-rules", Route.ORGANISATION, "any: org.rules < 50; vsm.registration_share > 20", neutral()),
                intervention("tools", Route.TECHNOLOGY, "any: tech.tools < 50", neutral()),
                intervention("onboarding", Route.EMPLOYEE, "any: turnover > 12", neutral())));
        RoutePlanInput input = RoutePlanInput.builder()
                .scale("org.rules", 38)
                .scale("tech.tools", 72)
                .registrationShare(12)
                .build();

        RoutePlan plan = planner.plan(input);

        assertThat(ids(plan.proposed())).containsExactly("cut-rules");
        Proposal cut = plan.proposed().get(0);
        assertThat(cut.rank()).isEqualTo(1);
        assertThat(cut.why()).singleElement().satisfies(check -> {
            assertThat(check.condition().text()).isEqualTo("org.rules < 50");
            assertThat(check.actual().getAsDouble()).isCloseTo(38, within(TOLERANCE));
        });
        assertThat(plan.later()).isEmpty();
        assertThat(plan.excluded()).isEmpty();
    }

    @Test
    void shouldRequireEveryAllConditionAndOneAnyCondition() {
        Intervention network = new Intervention(
                "network",
                Route.EMPLOYEE,
                new Text("netwerk", "network"),
                new Text("uitleg", "rationale"),
                "Wenger (1998)",
                new Selection(
                        List.of(Condition.parse("employees < 50")),
                        List.of(Condition.parse("learning_culture < 50"), Condition.parse("tech.digital < 50"))),
                List.of(),
                neutral(),
                List.of(Quantity.of("learning_culture").orElseThrow()));
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(network));

        RoutePlan small = planner.plan(RoutePlanInput.builder()
                .employees(12)
                .scale("learning_culture", 40)
                .build());
        RoutePlan large = planner.plan(RoutePlanInput.builder()
                .employees(120)
                .scale("learning_culture", 40)
                .build());
        RoutePlan noAny = planner.plan(RoutePlanInput.builder()
                .employees(12)
                .scale("learning_culture", 60)
                .build());
        RoutePlan unknownSize = planner.plan(
                RoutePlanInput.builder().scale("learning_culture", 40).build());

        assertThat(ids(small.proposed())).containsExactly("network");
        assertThat(small.proposed().get(0).why())
                .extracting(c -> c.condition().text())
                .containsExactly("employees < 50", "learning_culture < 50");
        assertThat(large.proposed()).isEmpty();
        assertThat(noAny.proposed()).isEmpty();
        assertThat(unknownSize.proposed()).isEmpty();
    }

    @Test
    void shouldPutOffSelfManagingTeamsUntilTheBasicsAreInOrderNamingWhatIsNeededFirst() {
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(intervention(
                "self-managing-teams",
                Route.ORGANISATION,
                "any: org.latitude < 50",
                new Effects(1, 0, 1, 1),
                "org.process >= 50",
                "org.handovers >= 50",
                "job.information >= 50",
                "balance.gap <= 15")));
        RoutePlanInput basicsWeak = RoutePlanInput.builder()
                .scale("org.latitude", 42)
                .scale("org.process", 44)
                .scale("org.handovers", 61)
                .pillars(55, 50, 60)
                .build();
        RoutePlanInput basicsInOrder = RoutePlanInput.builder()
                .scale("org.latitude", 42)
                .scale("org.process", 58)
                .scale("org.handovers", 61)
                .scale("job.information", 66)
                .pillars(55, 50, 60)
                .build();

        RoutePlan weak = planner.plan(basicsWeak);
        RoutePlan ready = planner.plan(basicsInOrder);

        assertThat(weak.proposed()).isEmpty();
        assertThat(weak.later()).singleElement().satisfies(p -> {
            assertThat(p.intervention().id()).isEqualTo("self-managing-teams");
            assertThat(p.firstNeeded())
                    .extracting(c -> c.condition().text())
                    .containsExactly("org.process >= 50", "job.information >= 50");
            assertThat(p.firstNeeded().get(0).actual().getAsDouble()).isCloseTo(44, within(TOLERANCE));
            assertThat(p.firstNeeded().get(1).status()).isEqualTo(Check.Status.UNKNOWN);
        });
        assertThat(ids(ready.proposed())).containsExactly("self-managing-teams");
        assertThat(ready.later()).isEmpty();
    }

    @Test
    void shouldExcludeAnInterventionThatLowersAutonomyOrHealthWhereTheyAlreadyScoreLow() {
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(
                intervention("speed-up", Route.ORGANISATION, "any: vsm.pce < 25", new Effects(-1, -1, 0, 1)),
                intervention("kaizen", Route.ORGANISATION, "any: vsm.pce < 25", new Effects(1, 0, 1, 1))));
        RoutePlanInput care = RoutePlanInput.builder()
                .processCycleEfficiency(9)
                .scale("job.autonomy", 34)
                .scale("org.latitude", 55)
                .scale("job.workload_mental", 62)
                .absenteeism(8.1)
                .build();

        RoutePlan plan = planner.plan(care);

        assertThat(ids(plan.proposed())).containsExactly("kaizen");
        assertThat(plan.excluded()).singleElement().satisfies(e -> {
            assertThat(e.intervention().id()).isEqualTo("speed-up");
            assertThat(e.why()).extracting(c -> c.condition().text()).containsExactly("vsm.pce < 25");
            assertThat(e.breaches())
                    .extracting(GuardBreach::dimension)
                    .containsExactly(GuardedDimension.AUTONOMY, GuardedDimension.HEALTH);
            assertThat(e.breaches().get(0).evidence()).singleElement().satisfies(c -> {
                assertThat(c.condition().text()).isEqualTo("job.autonomy < 50");
                assertThat(c.actual().getAsDouble()).isCloseTo(34, within(TOLERANCE));
            });
            assertThat(e.breaches().get(1).evidence())
                    .extracting(c -> c.condition().text())
                    .containsExactly("absenteeism > 5.5");
        });
        assertThat(plan.proposed().get(0).strengthens()).containsExactly(GuardedDimension.AUTONOMY);
    }

    @Test
    void shouldExcludeBeforeCheckingPrerequisites() {
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(intervention(
                "self-managing-teams",
                Route.ORGANISATION,
                "any: org.latitude < 50",
                new Effects(1, -1, 1, 1),
                "org.process >= 50")));

        RoutePlan plan = planner.plan(RoutePlanInput.builder()
                .scale("org.latitude", 40)
                .scale("job.workload_mental", 35)
                .build());

        assertThat(plan.later()).isEmpty();
        assertThat(plan.excluded()).extracting(e -> e.intervention().id()).containsExactly("self-managing-teams");
    }

    @Test
    void shouldProposeALoweringInterventionWhereTheDimensionIsFineAndNameAnUnmeasuredRisk() {
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(intervention(
                "speed-up", Route.ORGANISATION, "any: productivity.ratio < 0.9", new Effects(-1, -1, 0, 1))));

        RoutePlan healthy = planner.plan(RoutePlanInput.builder()
                .productivityRatio(0.8)
                .scale("job.autonomy", 70)
                .scale("org.latitude", 66)
                .scale("job.workload_mental", 64)
                .build());
        RoutePlan figuresOnly =
                planner.plan(RoutePlanInput.builder().productivityRatio(0.8).build());

        assertThat(ids(healthy.proposed())).containsExactly("speed-up");
        assertThat(healthy.proposed().get(0).unmeasuredRisks()).isEmpty();
        assertThat(healthy.proposed().get(0).watch())
                .containsExactly(GuardedDimension.AUTONOMY, GuardedDimension.HEALTH);
        assertThat(ids(figuresOnly.proposed())).containsExactly("speed-up");
        assertThat(figuresOnly.proposed().get(0).unmeasuredRisks())
                .containsExactly(GuardedDimension.AUTONOMY, GuardedDimension.HEALTH);
        assertThat(figuresOnly.proposed().get(0).watch()).isEmpty();
    }

    @Test
    void shouldPutTheLaggingPillarsRouteFirstWhenTheBalanceIsFlagged() {
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(
                intervention("org-strong", Route.ORGANISATION, "any: org.rules < 50", neutral()),
                intervention("tech-mild", Route.TECHNOLOGY, "any: tech.tools < 50", neutral()),
                intervention("people-mild", Route.EMPLOYEE, "any: people.skills < 50", neutral())));
        RoutePlanInput.Builder input = RoutePlanInput.builder()
                .scale("org.rules", 20)
                .scale("tech.tools", 48)
                .scale("people.skills", 45);

        RoutePlan flagged = planner.plan(input.pillars(35, 60, 62).build());
        RoutePlan balanced = planner.plan(input.pillars(55, 60, 62).build());

        assertThat(flagged.laggingFirst()).contains(Pillar.TECHNOLOGY);
        assertThat(ids(flagged.proposed())).containsExactly("tech-mild", "org-strong", "people-mild");
        assertThat(balanced.laggingFirst()).isEmpty();
        assertThat(ids(balanced.proposed())).containsExactly("org-strong", "people-mild", "tech-mild");
    }

    @Test
    void shouldOrderByPriorityThenCatalogueOrder() {
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(
                intervention("first-listed", Route.EMPLOYEE, "any: people.skills < 50", neutral()),
                intervention("second-listed", Route.EMPLOYEE, "any: people.learning < 50", neutral()),
                intervention(
                        "repairs-development", Route.EMPLOYEE, "any: people.learning < 50", new Effects(0, 0, 1, 1)),
                intervention("no-productivity", Route.EMPLOYEE, "any: people.skills < 50", new Effects(0, 0, 0, 0))));

        RoutePlan plan = planner.plan(RoutePlanInput.builder()
                .scale("people.skills", 40)
                .scale("people.learning", 40)
                .build());

        assertThat(ids(plan.proposed()))
                .containsExactly("repairs-development", "first-listed", "second-listed", "no-productivity");
        // 10 points below 50 → 0.4; +0.5 for raising low development; +0.25 for productivity
        assertThat(plan.proposed().get(0).priority()).isCloseTo(0.4 + 0.5 + 0.25, within(TOLERANCE));
        assertThat(plan.proposed().get(1).priority()).isCloseTo(0.4 + 0.25, within(TOLERANCE));
        assertThat(plan.proposed()).extracting(Proposal::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void shouldSayWhatToMeasureFirstInsteadOfAdvisingWithoutData() {
        RoutePlanner planner = new RoutePlanner(
                TestCatalogue.of(intervention("cut-rules", Route.ORGANISATION, "any: org.rules < 50", neutral())));

        RoutePlan plan = planner.plan(RoutePlanInput.NONE);

        assertThat(plan.noData()).isTrue();
        assertThat(plan.proposed()).isEmpty();
        assertThat(plan.later()).isEmpty();
        assertThat(plan.excluded()).isEmpty();
        assertThat(plan.missing()).containsExactly(DataSource.SCAN, DataSource.FINANCIALS, DataSource.VALUE_STREAM);
    }

    @Test
    void shouldListTheSourcesStillMissingFromAPartialPlan() {
        RoutePlanner planner = new RoutePlanner(
                TestCatalogue.of(intervention("onboarding", Route.EMPLOYEE, "any: turnover > 12", neutral())));

        RoutePlan plan = planner.plan(RoutePlanInput.builder().turnover(24).build());

        assertThat(plan.noData()).isFalse();
        assertThat(plan.used()).containsExactly(DataSource.FINANCIALS);
        assertThat(plan.missing()).containsExactly(DataSource.SCAN, DataSource.VALUE_STREAM);
        assertThat(ids(plan.proposed())).containsExactly("onboarding");
    }

    @Test
    void shouldGiveTheSamePlanForTheSameInput() {
        RoutePlanner planner = new RoutePlanner(TestCatalogue.of(
                intervention("a", Route.EMPLOYEE, "any: people.skills < 50", neutral()),
                intervention("b", Route.TECHNOLOGY, "any: tech.tools < 50", neutral())));
        RoutePlanInput input = RoutePlanInput.builder()
                .scale("people.skills", 40)
                .scale("tech.tools", 40)
                .build();

        assertThat(planner.plan(input)).isEqualTo(planner.plan(input));
        assertThat(ids(planner.plan(input).proposed())).containsExactly("a", "b");
    }
}
