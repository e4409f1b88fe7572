package nl.werkkracht.app.report;

import static nl.werkkracht.app.report.ReportFixtures.all;
import static nl.werkkracht.app.report.ReportFixtures.scan;
import static nl.werkkracht.app.report.ReportFixtures.suppressed;
import static nl.werkkracht.app.report.ReportFixtures.team;
import static nl.werkkracht.app.report.ReportFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.app.report.ReportView.Note;
import nl.werkkracht.app.routeplan.RoutePlanView;
import org.junit.jupiter.api.Test;

class ReportServiceTest {

    private static final double EPS = 1e-9;

    private final ReportFixtures sources = new ReportFixtures();

    private static List<String> codes(ReportView.Basis basis) {
        return basis.missing().stream().map(Note::code).toList();
    }

    private void scanWithJobQuality(Integer... scores) {
        sources.scan = Optional.of(
                scan(12, List.of(all(12, Arrays.asList(scores), 70, 60, 65, List.of("Minder dubbel invoeren")))));
    }

    @Test
    void shouldPlaceAProductiveOrganisationWithGoodWorkTopRight() {
        sources.financials.add(year(2023, 50, 0.9));
        sources.financials.add(year(2024, 60, 1.2));
        scanWithJobQuality(60, 70, 55, 66);

        ReportView.QuadrantSection q = sources.report().quadrant();

        assertThat(q.available()).isTrue();
        assertThat(q.productivityRatio()).isCloseTo(1.2, within(EPS));
        assertThat(q.productivityYear()).isEqualTo(2024);
        assertThat(q.jobQualityIndex()).as("62.75 in whole points").isEqualTo(63);
        assertThat(q.jobQualityScales()).isEqualTo(4);
        assertThat(q.quadrant()).isEqualTo("PRODUCTIVE_GOOD_WORK");
        assertThat(q.quadrantName()).isEqualTo("productief én goed werk");
        assertThat(q.quadrantText()).contains("120%").contains("63 van 100");
        assertThat(q.basis().missing()).isEmpty();
    }

    @Test
    void shouldNameEachQuadrantInPlainDutch() {
        sources.financials.add(year(2024, 60, 1.1));
        scanWithJobQuality(40, 45, 30, 35);
        assertThat(sources.report().quadrant().quadrantName()).isEqualTo("productief, maar werk onder druk");

        sources.financials.set(0, year(2024, 40, 0.8));
        assertThat(sources.report().quadrant().quadrantName()).isEqualTo("beide verbeteren");

        scanWithJobQuality(60, 65, 70, 75);
        assertThat(sources.report().quadrant().quadrantName()).isEqualTo("goed werk, productiviteit blijft achter");
    }

    @Test
    void shouldCountAPointOnASplitLineAsTheUpperSide() {
        assertThat(Quadrant.of(OptionalDouble.of(1.0), OptionalDouble.of(50.0)))
                .contains(Quadrant.PRODUCTIVE_GOOD_WORK);
        assertThat(Quadrant.of(OptionalDouble.of(0.9999), OptionalDouble.of(49.99)))
                .contains(Quadrant.IMPROVE_BOTH);
        assertThat(Quadrant.of(OptionalDouble.empty(), OptionalDouble.of(70))).isEmpty();
        assertThat(Quadrant.of(OptionalDouble.of(Double.NaN), OptionalDouble.of(70)))
                .isEmpty();
    }

    @Test
    void shouldLeaveTheQuadrantOutWithoutFiguresButKeepTheJobQualityIndex() {
        scanWithJobQuality(60, 70, 55, 65);

        ReportView report = sources.report();

        assertThat(report.quadrant().available()).isFalse();
        assertThat(report.quadrant().quadrant()).isNull();
        assertThat(report.quadrant().productivityRatio()).isNull();
        assertThat(report.quadrant().jobQualityIndex())
                .as("62.5 rounded half up")
                .isEqualTo(63);
        assertThat(codes(report.quadrant().basis())).containsExactly("financials.none");
        assertThat(report.productivity().available()).isFalse();
        assertThat(codes(report.productivity().basis())).containsExactly("financials.none");
    }

    @Test
    void shouldLeaveTheQuadrantOutWithoutAScanAndSaySo() {
        sources.financials.add(year(2024, 60, 1.2));

        ReportView report = sources.report();

        assertThat(report.quadrant().available()).isFalse();
        assertThat(report.quadrant().productivityRatio()).isCloseTo(1.2, within(EPS));
        assertThat(report.quadrant().jobQualityIndex()).isNull();
        assertThat(report.quadrant().basis().missing())
                .extracting(Note::text)
                .containsExactly("Nog geen vragenlijst afgenomen.");
        assertThat(report.scan()).isNull();
        assertThat(codes(report.top().basis())).containsExactly("scan.none");
        assertThat(codes(report.jobQuality().basis())).containsExactly("scan.none");
        assertThat(codes(report.ideas().basis())).containsExactly("scan.none");
    }

    @Test
    void shouldLeaveTheQuadrantOutWithoutASectorFigure() {
        sources.financials.add(year(2024, 60, null));
        scanWithJobQuality(60, 70, 55, 65);

        ReportView report = sources.report();

        assertThat(report.quadrant().available()).isFalse();
        assertThat(codes(report.quadrant().basis())).containsExactly("sector.none");
        assertThat(codes(report.productivity().basis())).containsExactly("sector.none");
        assertThat(report.productivity().basis().missing().get(0).text())
                .contains("2024")
                .doesNotContain("2.024");
    }

    @Test
    void shouldNeedAtLeastHalfTheJobQualityScalesForTheIndex() {
        sources.financials.add(year(2024, 60, 1.2));
        scanWithJobQuality(60, null, null, null);

        ReportView report = sources.report();

        assertThat(report.quadrant().jobQualityIndex()).isNull();
        assertThat(report.quadrant().available()).isFalse();
        assertThat(codes(report.quadrant().basis())).containsExactly("jobQuality.tooFew");

        scanWithJobQuality(60, 70, null, null);
        assertThat(sources.report().quadrant().jobQualityIndex()).isEqualTo(65);
    }

    @Test
    void shouldShowNothingOfTheQuestionnaireWhenAllRespondentsAreSuppressed() {
        sources.financials.add(year(2024, 60, 1.2));
        sources.scan = Optional.of(scan(3, List.of(suppressed("ALL", "< 5"), suppressed("Werkplaats", "< 5"))));

        ReportView report = sources.report();

        assertThat(report.quadrant().available()).isFalse();
        assertThat(codes(report.quadrant().basis())).containsExactly("scan.suppressed");
        assertThat(report.top().pillars()).isEmpty();
        assertThat(report.top().balanceGap()).isNull();
        assertThat(report.jobQuality().scales()).isEmpty();
        assertThat(report.ideas().ideas()).isEmpty();
        assertThat(report.scan().groups()).allSatisfy(g -> assertThat(g.n()).isNull());
        assertThat(report.top().basis().missing().get(0).text()).contains("minstens 5 antwoorden");
    }

    @Test
    void shouldFlagABalanceGapAboveFifteenAndNameTheLaggingPillar() {
        sources.scan = Optional.of(scan(12, List.of(all(12, List.of(60, 60, 60, 60), 70, 50, 68, List.of()))));

        ReportView.TopSection top = sources.report().top();

        assertThat(top.pillars())
                .extracting(ReportView.PillarScore::pillar)
                .containsExactly("technology", "organisation", "people");
        assertThat(top.balanceGap()).isEqualTo(20);
        assertThat(top.flagged()).isTrue();
        assertThat(top.lagging()).isEqualTo("organisation");
        assertThat(top.laggingName()).isEqualTo("Organisatie");
        assertThat(top.balanceText())
                .contains("20 punten")
                .contains("uit balans")
                .contains("Organisatie blijft achter");
    }

    @Test
    void shouldNotFlagAGapOfExactlyFifteen() {
        sources.scan = Optional.of(scan(12, List.of(all(12, List.of(60, 60, 60, 60), 65, 50, 60, List.of()))));

        ReportView.TopSection top = sources.report().top();

        assertThat(top.balanceGap()).isEqualTo(15);
        assertThat(top.flagged()).isFalse();
        assertThat(top.balanceText()).contains("in balans").contains("Organisatie");
    }

    @Test
    void shouldKeepScalesAndIdeasOfASuppressedTeamOutOfEverySection() {
        sources.scan = Optional.of(scan(
                14,
                List.of(
                        all(14, List.of(60, 70, 55, 65), 70, 60, 65, List.of("Betere planning")),
                        team("Kantoor", 10, 62, List.of("Betere planning")),
                        suppressed("Werkplaats", "< 5"))));

        ReportView report = sources.report();

        assertThat(report.jobQuality().teams()).containsExactly("Kantoor");
        assertThat(report.jobQuality().scales())
                .allSatisfy(s -> assertThat(s.teams()).doesNotContainKey("Werkplaats"));
        assertThat(report.top().teams())
                .extracting(ReportView.TeamPillars::team)
                .containsExactly("Kantoor");
        assertThat(report.ideas().ideas()).containsExactly("Betere planning");
        assertThat(codes(report.ideas().basis())).containsExactly("ideas.teamsHidden");
        ReportView.GroupCount hidden = report.scan().groups().get(2);
        assertThat(hidden.group()).isEqualTo("Werkplaats");
        assertThat(hidden.suppressed()).isTrue();
        assertThat(hidden.n()).isNull();
        assertThat(report.jobQuality().basis().basedOn())
                .contains("Kantoor: 10")
                .contains("Werkplaats: te weinig deelnemers (minder dan 5), niet getoond");
    }

    @Test
    void shouldSayATeamIsHiddenToProtectASmallerOneWithoutItsSize() {
        sources.scan = Optional.of(scan(
                16,
                List.of(
                        all(16, List.of(60, 70, 55, 65), 70, 60, 65, List.of()),
                        team("Kantoor", 10, 62, List.of()),
                        suppressed("Werkplaats", "≥ 5"),
                        suppressed("Avond", "< 5"))));

        String basedOn = sources.report().top().basis().basedOn();

        assertThat(basedOn)
                .contains("Werkplaats: niet getoond, zodat een kleiner team niet af te leiden is")
                .contains("Avond: te weinig deelnemers")
                .as("closed at midnight: its last day, 15 February, in Dutch time")
                .contains("Vragenlijst, gesloten op 15 februari 2026")
                .doesNotContain("Werkplaats: 5");
    }

    @Test
    void shouldListTheJobQualityProfileWithEngagementAndLearningCultureAndSayWhichScaleIsHidden() {
        scanWithJobQuality(60, null, 55, 65);

        ReportView.JobQualitySection j = sources.report().jobQuality();

        assertThat(j.scales())
                .extracting(ReportView.ScaleRow::scale)
                .containsExactly(
                        "job.autonomy",
                        "job.variety",
                        "job.workload_mental",
                        "job.support",
                        "engagement",
                        "learning_culture");
        assertThat(j.scales().get(1).all()).isNull();
        assertThat(j.scales().get(4).all()).isEqualTo(71);
        assertThat(j.basis().missing())
                .extracting(Note::text)
                .containsExactly("Niet getoond omdat te weinig medewerkers ze invulden: Afwisseling.");
    }

    @Test
    void shouldNameTheBiggestWasteOfEachValueStreamAndSayWhenEuroIsMissing() {
        sources.valueStreams.add(ReportFixtures.stream("Offerte tot oplevering", null));

        ReportView.ValueStreamSection v = sources.report().valueStreams();

        assertThat(v.available()).isTrue();
        ReportView.StreamRow row = v.streams().get(0);
        assertThat(row.biggestWaste()).isEqualTo("OVER_PROCESSING");
        assertThat(row.biggestWasteName()).isEqualTo("Overbewerking");
        assertThat(row.biggestWasteMinutes()).isCloseTo(25, within(EPS));
        assertThat(row.improvementEuroPerYear()).isNull();
        assertThat(codes(v.basis())).containsExactly("valueStreams.noEuro");
        assertThat(v.totalImprovementHoursPerYear()).isCloseTo(1000, within(EPS));
    }

    @Test
    void shouldSummariseTheRoutePlanWithWhyAndTheChosenOnesWithOwnerAndStart() {
        sources.routePlan =
                ReportFixtures.plan(ReportFixtures.chosen("Hoofd bedrijfsbureau", LocalDate.of(2026, 4, 1)));

        ReportView.RoutePlanSection r = sources.report().routePlan();

        assertThat(r.available()).isTrue();
        assertThat(r.proposed()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Regeldruk verminderen");
            assertThat(p.routeName()).isEqualTo("Organisatie");
            assertThat(p.why()).containsExactly("Lage regeldruk en registratielast: 38 van 100 (onder 50)");
        });
        assertThat(r.chosen()).singleElement().satisfies(c -> {
            assertThat(c.owner()).isEqualTo("Hoofd bedrijfsbureau");
            assertThat(c.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        });
        assertThat(r.link()).isEqualTo("/organisations/7/routeplan");
        assertThat(codes(r.basis())).containsExactly("routePlan.measure.VALUE_STREAM");
        assertThat(r.basis().basedOn()).contains("12 antwoorden").contains("cijfers van 2024");
    }

    @Test
    void shouldSummariseTheFirstFiveProposalsAndCountTheRest() {
        RoutePlanView one = ReportFixtures.plan(null);
        List<RoutePlanView.ProposalView> seven = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            var p = one.proposed().get(0);
            seven.add(new RoutePlanView.ProposalView(
                    "org-" + i,
                    i,
                    p.route(),
                    p.title() + " " + i,
                    p.rationale(),
                    p.source(),
                    p.why(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    p.effects(),
                    null));
        }
        sources.routePlan = new RoutePlanView(
                7, 1, one.generatedFrom(), false, List.of(), null, null, seven, List.of(), List.of(), List.of());

        ReportView.RoutePlanSection r = sources.report().routePlan();

        assertThat(r.proposed()).extracting(ReportView.ProposedRow::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(r.proposedTotal()).isEqualTo(7);
        assertThat(codes(r.basis())).containsExactly("routePlan.noneChosen");
    }

    @Test
    void shouldSayWhatIsMissingInEverySectionWhenNothingWasMeasured() {
        ReportView report = sources.report();

        assertThat(codes(report.productivity().basis())).containsExactly("financials.none");
        assertThat(codes(report.quadrant().basis())).containsExactly("financials.none", "scan.none");
        assertThat(codes(report.top().basis())).containsExactly("scan.none");
        assertThat(codes(report.valueStreams().basis())).containsExactly("valueStreams.none");
        assertThat(codes(report.routePlan().basis())).containsExactly("routePlan.measure.SCAN");
        assertThat(report.routePlan().available()).isFalse();
        assertThat(report.privacy().k()).isEqualTo(5);
        assertThat(report.privacy().confidential()).contains("Bouwbedrijf Voorbeeld (verzonnen)");
    }

    @Test
    void shouldWriteTheReportInEnglishForAnEnglishRequest() {
        sources.financials.add(year(2024, 60, 1.2));
        scanWithJobQuality(40, 45, 30, 35);

        ReportView report = sources.service().report(ReportFixtures.ORGANISATION, Locale.ENGLISH);

        assertThat(report.quadrant().quadrantName()).isEqualTo("productive, but work under pressure");
        assertThat(report.privacy().confidential()).startsWith("Confidential").contains("organisation's own figures");
        assertThat(report.jobQuality().scales().get(0).name()).isEqualTo("Regelruimte (en)");
    }
}
