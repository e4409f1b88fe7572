package nl.werkkracht.app.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.followup.FollowUpView.Point;
import nl.werkkracht.app.followup.ScanComparisonView.GroupComparison;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.scan.InstrumentFile;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanResultsView.GroupView;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.followup.FollowUpSettings;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.core.routeplan.Route;
import nl.werkkracht.core.routeplan.Text;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.store.routeplan.RouteChoice;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Follow-up of an invented organisation: value added per hour 2019–2024 around a technology intervention
 * started on 1 March 2021 (adjustment period one year, tolerance 2 index points), and three scans.
 */
class FollowUpServiceTest {

    private static final double EPS = 1e-9;
    private static final long ORG = 42;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final Sources sources = new Sources();

    private FollowUpService service() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/followup");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new FollowUpService(sources, messages, FollowUpSettings.DEFAULT);
    }

    /** 2019 50, 2020 52 (baseline), 2021 47, 2022 52.5, 2023 57.2, 2024 46.8 euro per hour. */
    private void figures() {
        double[] perHour = {50, 52, 47, 52.5, 57.2, 46.8};
        double[] absence = {0.06, 0.05, 0.04, 0.0505, 0.06, 0.045};
        for (int i = 0; i < perHour.length; i++) {
            sources.financials.add(year(2019 + i, perHour[i], absence[i]));
        }
        sources.choose("tech-a", Route.TECHNOLOGY, LocalDate.of(2021, 3, 1));
        sources.choose("emp-b", Route.EMPLOYEE, LocalDate.of(2024, 1, 1));
    }

    @Test
    void shouldIndexEveryYearAgainstTheLastYearBeforeTheFirstIntervention() {
        figures();

        FollowUpView view = service().followUp(ORG, "value-added-per-hour", NL);

        assertThat(view.metric()).isEqualTo("value-added-per-hour");
        assertThat(view.unit()).isEqualTo(Metric.VALUE_ADDED_PER_HOUR.unit());
        assertThat(view.direction()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(view.baseline().period()).isEqualTo("2020");
        assertThat(view.baseline().value()).isCloseTo(52, within(EPS));
        assertThat(view.missing()).isNull();
        assertThat(view.series())
                .extracting(Point::period)
                .containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
        double[] expected = {100 * 50 / 52.0, 100, 100 * 47 / 52.0, 100 * 52.5 / 52, 110, 90};
        for (int i = 0; i < expected.length; i++) {
            assertThat(view.series().get(i).index())
                    .as("index of %s", view.series().get(i).period())
                    .isCloseTo(expected[i], within(EPS));
        }
    }

    @Test
    void shouldLabelADipInTheAdjustmentYearAfterATechnologyInterventionAsTheJCurve() {
        figures();

        List<Point> series = service().followUp(ORG, "value-added-per-hour", NL).series();

        assertThat(series)
                .extracting(Point::label)
                .containsExactly("BEFORE_BASELINE", "BASELINE", "EXPECTED_DIP", "STABLE", "IMPROVEMENT", "DECLINE");
        assertThat(series.get(2).adjustingAfter()).isEqualTo("tech-a");
        assertThat(series.get(2).labelText()).isEqualTo("verwachte dip na invoering (J-curve)");
        assertThat(series.get(5).adjustingAfter())
                .as("an employee intervention has no adjustment period")
                .isNull();
        assertThat(series.get(5).labelText()).isEqualTo("achteruitgang");
    }

    @Test
    void shouldCountAFallInAbsenteeismAsAnImprovementInPercent() {
        figures();

        List<Point> series = service().followUp(ORG, "absenteeism", NL).series();

        assertThat(series.get(1).value()).isCloseTo(5.0, within(EPS));
        assertThat(series)
                .extracting(Point::label)
                .containsExactly("BEFORE_BASELINE", "BASELINE", "IMPROVEMENT", "STABLE", "DECLINE", "IMPROVEMENT");
        assertThat(series.get(2).index()).isCloseTo(80, within(EPS));
        assertThat(series.get(4).index()).isCloseTo(120, within(EPS));
    }

    @Test
    void shouldMarkOnlyChosenInterventionsWithAStartDateByStartDate() {
        figures();
        sources.choices.add(RouteChoice.of(
                ORG,
                "org-not-chosen",
                false,
                Optional.empty(),
                Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.empty()));
        sources.choices.add(
                RouteChoice.of(ORG, "org-no-date", true, Optional.empty(), Optional.empty(), Optional.empty()));
        sources.catalogue.put("org-not-chosen", new FollowUpSources.CatalogueEntry(Route.ORGANISATION, title("x")));
        sources.catalogue.put("org-no-date", new FollowUpSources.CatalogueEntry(Route.ORGANISATION, title("y")));

        FollowUpView view = service().followUp(ORG, "value-added-per-hour", Locale.ENGLISH);

        assertThat(view.interventions())
                .extracting(FollowUpView.InterventionView::id)
                .containsExactly("tech-a", "emp-b");
        assertThat(view.interventions().get(0).title()).isEqualTo("tech-a (en)");
        assertThat(view.interventions().get(0).route()).isEqualTo("TECHNOLOGY");
        assertThat(view.interventions().get(0).startDate()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void shouldRejectAnUnknownMetricNamingTheField() {
        assertThatThrownBy(() -> service().followUp(ORG, "happiness", NL))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("metric"));
    }

    @Test
    void shouldSayWhatIsMissingWithoutMeasurements() {
        FollowUpView figures = service().followUp(ORG, "value-added-per-hour", NL);
        FollowUpView scans = service().followUp(ORG, "engagement", NL);
        FollowUpView stream = service().followUp(ORG, "registration-share", NL);

        assertThat(figures.series()).isEmpty();
        assertThat(figures.baseline()).isNull();
        assertThat(figures.missing()).contains("Nog geen cijfers");
        assertThat(scans.missing()).contains("Nog geen scanresultaat");
        assertThat(stream.missing()).contains("waardestroom");
    }

    /** Issue 9: a scan open until 31 December 2026 closes at midnight Dutch time, and belongs to 2026Q4. */
    @Test
    void shouldPutAScanOpenUntilNewYearsEveInTheFourthQuarter() {
        sources.scans.add(scan(1, "2026-09-30T22:00:00Z", all(60, 50, 70))); // until 30 September: Q3
        sources.scans.add(scan(2, "2026-12-31T23:00:00Z", all(66, 45, 77))); // until 31 December: Q4

        FollowUpView technology = service().followUp(ORG, "top-technology", NL);
        ScanComparisonView comparison = service().compareScans(ORG, NL);

        assertThat(technology.series()).extracting(Point::period).containsExactly("2026Q3", "2026Q4");
        assertThat(comparison.baseline().period()).isEqualTo("2026Q3");
        assertThat(comparison.latest().period()).isEqualTo("2026Q4");
    }

    @Test
    void shouldFollowScanScoresOfAllRespondentsPerQuarterLeavingOutSuppressedScans() {
        sources.scans.add(scan(1, "2024-03-20T12:00:00Z", all(60, 50, 70), team("A", 55), team("B", 40)));
        sources.scans.add(scan(2, "2024-09-01T12:00:00Z", suppressed("ALL"), suppressed("A"), suppressed("B")));
        sources.scans.add(scan(3, "2025-03-15T12:00:00Z", all(66, 45, 77), team("A", 58), suppressed("B")));

        FollowUpView technology = service().followUp(ORG, "top-technology", NL);
        FollowUpView jobQuality = service().followUp(ORG, "job-quality", NL);

        assertThat(technology.series()).extracting(Point::period).containsExactly("2024Q1", "2025Q1");
        assertThat(technology.series().get(1).index()).isCloseTo(110, within(EPS));
        assertThat(technology.series().get(1).label()).isEqualTo("IMPROVEMENT");
        assertThat(jobQuality.baseline().value())
                .as("mean of the job.* scales 50 and 70")
                .isCloseTo(60, within(EPS));
        assertThat(jobQuality.series().get(1).index()).isCloseTo(100 * 61 / 60.0, within(EPS));
    }

    @Test
    void shouldCompareTheLatestScanWithTheBaselineOnlyForGroupsShownInBoth() {
        sources.scans.add(
                scan(3, "2025-03-15T12:00:00Z", all(66, 45, 77), team("A", 58), suppressed("B"), team("C", 1)));
        sources.scans.add(scan(1, "2024-03-20T12:00:00Z", all(60, 50, 70), team("A", 55), team("B", 40)));

        ScanComparisonView comparison = service().compareScans(ORG, NL);

        assertThat(comparison.baseline().scanId()).isEqualTo(1);
        assertThat(comparison.latest().scanId()).isEqualTo(3);
        assertThat(comparison.latest().period()).isEqualTo("2025Q1");
        assertThat(comparison.groups()).extracting(GroupComparison::group).containsExactly("ALL", "A", "B");
        GroupComparison all = comparison.groups().get(0);
        assertThat(all.shown()).isTrue();
        var autonomy = all.scales().stream()
                .filter(s -> s.scale().equals("job.autonomy"))
                .findFirst()
                .orElseThrow();
        assertThat(autonomy.baseline()).isEqualTo(50);
        assertThat(autonomy.latest()).isEqualTo(45);
        assertThat(autonomy.difference()).isEqualTo(-5);
        assertThat(autonomy.name())
                .isEqualTo(sources.instrument()
                        .scale("job.autonomy")
                        .orElseThrow()
                        .name()
                        .nl());
        assertThat(comparison.groups().get(1).scales()).hasSize(1);
        assertThat(comparison.groups().get(1).scales().get(0).difference()).isEqualTo(3);
        GroupComparison hidden = comparison.groups().get(2);
        assertThat(hidden.shown()).isFalse();
        assertThat(hidden.scales())
                .as("a group suppressed in either scan carries no values")
                .isEmpty();
    }

    @Test
    void shouldSayThereIsNothingToCompareWithOneScan() {
        sources.scans.add(scan(1, "2024-03-20T12:00:00Z", all(60, 50, 70)));

        ScanComparisonView comparison = service().compareScans(ORG, NL);

        assertThat(comparison.groups()).isEmpty();
        assertThat(comparison.baseline()).isNull();
        assertThat(comparison.missing()).contains("twee vragenlijsten");
    }

    private static Text title(String id) {
        return new Text(id + " (nl)", id + " (en)");
    }

    private static FinancialsView year(int year, double perHour, double absence) {
        return new FinancialsView(
                year,
                perHour * 1000,
                1000,
                false,
                perHour,
                null,
                null,
                absence,
                null,
                "EUR/HW",
                "current",
                null,
                null,
                List.of(),
                null);
    }

    /** All respondents: technology pillar, job.autonomy and job.variety scores. */
    private static GroupView all(int technology, int autonomy, int variety) {
        return new GroupView(
                "ALL",
                12,
                false,
                null,
                Map.of("job.autonomy", autonomy, "job.variety", variety),
                Map.of("technology", technology),
                List.of());
    }

    private static GroupView team(String name, int autonomy) {
        return new GroupView(name, 6, false, null, Map.of("job.autonomy", autonomy), Map.of(), List.of());
    }

    private static GroupView suppressed(String name) {
        return new GroupView(name, null, true, "< 5", Map.of(), Map.of(), List.of());
    }

    private static ScanResultsView scan(long id, String closesAt, GroupView... groups) {
        return new ScanResultsView(
                id,
                ORG,
                "werkkracht",
                1,
                Instant.parse(closesAt),
                5,
                12,
                List.of(groups),
                null,
                null,
                null,
                Instant.parse(closesAt),
                null);
    }

    /** In-memory sources. */
    private static final class Sources implements FollowUpSources {
        final List<FinancialsView> financials = new ArrayList<>();
        final List<ScanResultsView> scans = new ArrayList<>();
        final List<RouteChoice> choices = new ArrayList<>();
        final Map<String, CatalogueEntry> catalogue = new HashMap<>();
        private final Instrument instrument = InstrumentFile.current();

        void choose(String id, Route route, LocalDate start) {
            choices.add(RouteChoice.of(ORG, id, true, Optional.empty(), Optional.of(start), Optional.empty()));
            catalogue.put(id, new CatalogueEntry(route, title(id)));
        }

        @Override
        public List<FinancialsView> financials(long organisationId) {
            return financials;
        }

        @Override
        public List<ScanResultsView> scanResults(long organisationId) {
            return scans;
        }

        @Override
        public Instrument instrument() {
            return instrument;
        }

        @Override
        public List<RouteChoice> choices(long organisationId) {
            return choices;
        }

        @Override
        public Optional<CatalogueEntry> intervention(String id) {
            return Optional.ofNullable(catalogue.get(id));
        }
    }
}
