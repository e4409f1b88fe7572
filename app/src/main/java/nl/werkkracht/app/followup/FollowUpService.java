package nl.werkkracht.app.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.werkkracht.app.followup.FollowUpSources.CatalogueEntry;
import nl.werkkracht.app.followup.FollowUpView.Baseline;
import nl.werkkracht.app.followup.FollowUpView.InterventionView;
import nl.werkkracht.app.followup.FollowUpView.Point;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.scan.ScanPeriod;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanResultsView.GroupView;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.followup.FollowUpAnalysis;
import nl.werkkracht.core.followup.FollowUpPoint;
import nl.werkkracht.core.followup.FollowUpResult;
import nl.werkkracht.core.followup.FollowUpSettings;
import nl.werkkracht.core.followup.Intervention;
import nl.werkkracht.core.followup.Measurement;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.core.scan.ScaleScoring;
import nl.werkkracht.store.routeplan.RouteChoice;
import org.springframework.context.MessageSource;

/**
 * Follow-up over time (METHODS.md §14): one metric of one organisation as an index against the baseline
 * (= 100), with the chosen interventions marked and each point labelled by {@link FollowUpAnalysis} — a
 * fall within the adjustment period after a technology or organisation intervention is the expected dip of
 * the J-curve, not a failure — and the latest scan compared with the baseline scan.
 *
 * <p>Where the measurements come from, by {@link Metric} id (shared with benchmarking):
 *
 * <ul>
 *   <li>value added per hour and per FTE, absenteeism and staff turnover: the yearly figures (rates as
 *       percent);
 *   <li>the TOP pillar scores, job quality (mean of the {@code job.*} scales) and engagement: all
 *       respondents of each scan, only when that group passes the anonymity rule, dated to the quarter of
 *       the scan's closing date (Europe/Amsterdam); of two scans closing in one quarter the later counts;
 *   <li>process cycle efficiency and registration share are not followed: each value stream is a different
 *       process, not a repeated measurement of one.
 * </ul>
 *
 * <p>The service trusts the organisation id it is given: callers check access and record the audit event.
 */
public final class FollowUpService {

    /** Scan dates are read in the Dutch time zone: the product serves Dutch organisations. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final String JOB_SCALE_PREFIX = "job.";

    private final FollowUpSources sources;
    private final MessageSource messages;
    private final FollowUpSettings settings;

    FollowUpService(FollowUpSources sources, MessageSource messages, FollowUpSettings settings) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The metrics that can be followed, in display order. */
    public List<Metric> metrics() {
        return Metric.catalogue().stream().filter(FollowUpService::tracked).toList();
    }

    /**
     * The metric with this id.
     *
     * @throws InvalidInputException naming {@code metric} when there is no such metric
     */
    public static Metric metric(String id) {
        return Metric.byId(id == null ? "" : id.strip())
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem(
                        "metric",
                        "unknown metric '" + id + "'; one of "
                                + Metric.catalogue().stream().map(Metric::id).toList()))));
    }

    /** The timeline of {@code metricId}, in {@code locale}'s language. */
    public FollowUpView followUp(long organisationId, String metricId, Locale locale) {
        return followUp(organisationId, metric(metricId), locale);
    }

    /** The timeline of {@code metric}, in {@code locale}'s language. */
    public FollowUpView followUp(long organisationId, Metric metric, Locale locale) {
        List<Chosen> chosen = chosen(organisationId);
        List<InterventionView> marks = chosen.stream()
                .map(c -> new InterventionView(
                        c.intervention().id(),
                        c.entry().title().in(locale),
                        c.intervention().route().name(),
                        c.intervention().start()))
                .toList();
        if (!tracked(metric)) {
            return empty(metric, marks, text("followup.missing.notTracked", locale));
        }
        List<Measurement> measurements = measurements(organisationId, metric);
        FollowUpResult result = FollowUpAnalysis.analyse(
                metric.direction(),
                measurements,
                chosen.stream().map(Chosen::intervention).toList(),
                settings);
        if (result instanceof FollowUpResult.Timeline t) {
            List<Point> points = t.series().stream().map(p -> point(p, locale)).toList();
            return new FollowUpView(
                    metric.id(),
                    metric.unit(),
                    metric.direction().name(),
                    new Baseline(t.baseline().period().code(), t.baseline().value()),
                    points,
                    marks,
                    null);
        }
        FollowUpResult.NoTimeline none = (FollowUpResult.NoTimeline) result;
        String key = none.reason() == FollowUpResult.Reason.BASELINE_NOT_POSITIVE
                ? "followup.missing.baselineNotPositive"
                : fromScans(metric) ? "followup.missing.noScans" : "followup.missing.noFigures";
        return empty(metric, marks, text(key, locale));
    }

    /**
     * The latest scan compared with the baseline scan. Only scans whose respondents together pass the anonymity
     * rule count. The baseline scan is the last one that closed before the first chosen intervention started
     * (as on the timeline); when there is none, or it is the latest scan itself, the first scan.
     */
    public ScanComparisonView compareScans(long organisationId, Locale locale) {
        List<ScanResultsView> shown = sources.scanResults(organisationId).stream()
                .filter(ScanResultsView::available)
                .sorted(Comparator.comparing(ScanResultsView::closesAt).thenComparing(ScanResultsView::scanId))
                .toList();
        if (shown.size() < 2) {
            return new ScanComparisonView(null, null, List.of(), text("followup.scans.missing", locale));
        }
        ScanResultsView latest = shown.get(shown.size() - 1);
        ScanResultsView baseline = shown.get(0);
        Optional<LocalDate> firstStart = chosen(organisationId).stream()
                .map(c -> c.intervention().start())
                .findFirst();
        if (firstStart.isPresent()) {
            for (ScanResultsView s : shown.subList(0, shown.size() - 1)) {
                if (s.lastDay().isBefore(firstStart.get())) {
                    baseline = s;
                }
            }
        }
        var groups = new ArrayList<ScanComparisonView.GroupComparison>();
        for (GroupView now : latest.groups()) {
            Optional<GroupView> then = baseline.group(now.group());
            if (then.isEmpty()) {
                continue;
            }
            groups.add(compare(then.get(), now, locale));
        }
        return new ScanComparisonView(ref(baseline), ref(latest), groups, null);
    }

    private ScanComparisonView.GroupComparison compare(GroupView then, GroupView now, Locale locale) {
        if (then.suppressed() || now.suppressed()) {
            return new ScanComparisonView.GroupComparison(now.group(), false, List.of());
        }
        var scales = new ArrayList<ScanComparisonView.ScaleComparison>();
        sources.instrument().scales().forEach(scale -> {
            Integer before = then.scales().get(scale.id());
            Integer after = now.scales().get(scale.id());
            if (before == null && after == null) {
                return;
            }
            Integer difference = before == null || after == null ? null : after - before;
            scales.add(new ScanComparisonView.ScaleComparison(
                    scale.id(), scale.name().in(locale), before, after, difference));
        });
        return new ScanComparisonView.GroupComparison(now.group(), true, scales);
    }

    private static ScanComparisonView.ScanRef ref(ScanResultsView scan) {
        return new ScanComparisonView.ScanRef(
                scan.scanId(), scan.closesAt(), quarter(scan).code());
    }

    /** Whether the metric is measured repeatedly for one organisation. */
    static boolean tracked(Metric metric) {
        return !metric.equals(Metric.PROCESS_CYCLE_EFFICIENCY) && !metric.equals(Metric.REGISTRATION_SHARE);
    }

    static boolean fromScans(Metric metric) {
        return List.of(
                        Metric.TOP_TECHNOLOGY,
                        Metric.TOP_ORGANISATION,
                        Metric.TOP_PEOPLE,
                        Metric.JOB_QUALITY,
                        Metric.ENGAGEMENT)
                .contains(metric);
    }

    /** The measurements of a tracked metric, one per period, in period order. */
    List<Measurement> measurements(long organisationId, Metric metric) {
        if (metric.equals(Metric.VALUE_ADDED_PER_HOUR)) {
            return yearly(organisationId, FinancialsView::valueAddedPerHour);
        }
        if (metric.equals(Metric.VALUE_ADDED_PER_FTE)) {
            return yearly(organisationId, FinancialsView::valueAddedPerFte);
        }
        if (metric.equals(Metric.ABSENTEEISM)) {
            return yearly(organisationId, f -> percent(f.absenceRate()));
        }
        if (metric.equals(Metric.STAFF_TURNOVER)) {
            return yearly(organisationId, f -> percent(f.turnoverRate()));
        }
        if (metric.equals(Metric.TOP_TECHNOLOGY)) {
            return perScan(organisationId, g -> points(g.pillars().get("technology")));
        }
        if (metric.equals(Metric.TOP_ORGANISATION)) {
            return perScan(organisationId, g -> points(g.pillars().get("organisation")));
        }
        if (metric.equals(Metric.TOP_PEOPLE)) {
            return perScan(organisationId, g -> points(g.pillars().get("people")));
        }
        if (metric.equals(Metric.JOB_QUALITY)) {
            return perScan(organisationId, FollowUpService::jobQuality);
        }
        if (metric.equals(Metric.ENGAGEMENT)) {
            return perScan(organisationId, g -> points(g.scales().get("engagement")));
        }
        return List.of();
    }

    private List<Measurement> yearly(long organisationId, Function<FinancialsView, Double> value) {
        var byYear = new TreeMap<Period, Measurement>();
        for (FinancialsView f : sources.financials(organisationId)) {
            Double v = value.apply(f);
            if (v != null && Double.isFinite(v)) {
                byYear.put(Period.year(f.year()), new Measurement(Period.year(f.year()), v));
            }
        }
        return List.copyOf(byYear.values());
    }

    private List<Measurement> perScan(long organisationId, Function<GroupView, Double> value) {
        var byQuarter = new TreeMap<Period, Measurement>();
        sources.scanResults(organisationId).stream()
                .filter(ScanResultsView::available)
                .sorted(Comparator.comparing(ScanResultsView::closesAt).thenComparing(ScanResultsView::scanId))
                .forEach(scan -> {
                    Double v = value.apply(scan.all());
                    if (v != null && Double.isFinite(v)) {
                        byQuarter.put(quarter(scan), new Measurement(quarter(scan), v));
                    }
                });
        return List.copyOf(byQuarter.values());
    }

    /** The mean of the {@code job.*} scales shown, in whole points; null when none is. */
    static Double jobQuality(GroupView group) {
        List<Integer> shown = group.scales().entrySet().stream()
                .filter(e -> e.getKey().startsWith(JOB_SCALE_PREFIX) && e.getValue() != null)
                .map(Map.Entry::getValue)
                .toList();
        return shown.isEmpty() ? null : (double) ScaleScoring.wholeMean(shown);
    }

    private static Double points(Integer score) {
        return score == null ? null : score.doubleValue();
    }

    /** The quarter a scan ran in: of its last day, Dutch time (a scan open until 31 December is Q4). */
    static Period quarter(ScanResultsView scan) {
        return new Period(ScanPeriod.year(scan.closesAt()), ScanPeriod.quarter(scan.closesAt()));
    }

    private static Double percent(Double fraction) {
        return fraction == null ? null : fraction * 100;
    }

    /** The chosen interventions with a start date that the catalogue still has, by start date and id. */
    private List<Chosen> chosen(long organisationId) {
        var out = new ArrayList<Chosen>();
        for (RouteChoice c : sources.choices(organisationId)) {
            if (!c.chosen() || c.startDate().isEmpty()) {
                continue;
            }
            sources.intervention(c.interventionId())
                    .ifPresent(entry -> out.add(new Chosen(
                            new Intervention(
                                    c.interventionId(),
                                    entry.route(),
                                    c.startDate().get()),
                            entry)));
        }
        out.sort(Comparator.comparing((Chosen c) -> c.intervention().start())
                .thenComparing(c -> c.intervention().id()));
        return out;
    }

    private record Chosen(Intervention intervention, CatalogueEntry entry) {}

    private Point point(FollowUpPoint p, Locale locale) {
        return new Point(
                p.period().code(),
                p.value(),
                p.index(),
                p.label().name(),
                p.adjustingAfter().orElse(null),
                text("followup.label." + p.label().name(), locale));
    }

    private static FollowUpView empty(Metric metric, List<InterventionView> marks, String missing) {
        return new FollowUpView(metric.id(), metric.unit(), metric.direction().name(), null, List.of(), marks, missing);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
