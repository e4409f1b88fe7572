package nl.werkkracht.app.benchmark;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.organisation.SectorFigure;
import nl.werkkracht.app.scan.ScanPeriod;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.scan.ScanSummary;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.app.valuestream.ValueStreamView;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.scan.ScaleScoring;

/**
 * Collects an organisation's value of every benchmark metric per year from the existing services
 * (METHODS.md §9), never inventing one: a missing figure is absent, never 0.
 *
 * <ul>
 *   <li>value added per hour and per FTE, absenteeism and staff turnover: the year's figures
 *       ({@link OrganisationService#financials}); absenteeism and turnover in percent;
 *   <li>TOP pillar scores, job quality (the mean of the {@code job.*} scales shown) and engagement: the group
 *       of all respondents of each scan with enough responses, in the year of the scan's closing date
 *       (Europe/Amsterdam), only when that group is not suppressed; when a year has several scans, the newest;
 *   <li>process cycle efficiency (the lowest of the organisation's value streams) and registration share
 *       (the highest), in percent, for the current year: value streams describe the process as it is now.
 * </ul>
 */
final class BenchmarkValues {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final OrganisationService organisations;
    private final ScanService scans;
    private final ValueStreamService valueStreams;
    private final Clock clock;

    BenchmarkValues(
            OrganisationService organisations, ScanService scans, ValueStreamService valueStreams, Clock clock) {
        this.organisations = organisations;
        this.scans = scans;
        this.valueStreams = valueStreams;
        this.clock = clock;
    }

    /**
     * One organisation's values.
     *
     * @param byMetric metric id → year → value in the metric's unit
     * @param official year → the sector's official value added per hour at the organisation's price level
     */
    record OrganisationValues(Map<String, TreeMap<Integer, Double>> byMetric, Map<Integer, SectorFigure> official) {

        OptionalDouble value(String metric, int year) {
            Double v = byMetric.getOrDefault(metric, new TreeMap<>()).get(year);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }
    }

    OrganisationValues collect(long organisationId) {
        Map<String, TreeMap<Integer, Double>> values = new HashMap<>();
        Map<Integer, SectorFigure> official = new HashMap<>();
        for (FinancialsView f : organisations.financials(organisationId)) {
            put(values, Metric.VALUE_ADDED_PER_HOUR, f.year(), f.valueAddedPerHour());
            put(values, Metric.VALUE_ADDED_PER_FTE, f.year(), f.valueAddedPerFte());
            put(values, Metric.ABSENTEEISM, f.year(), percent(f.absenceRate()));
            put(values, Metric.STAFF_TURNOVER, f.year(), percent(f.turnoverRate()));
            if (f.sector() != null) {
                official.put(f.year(), f.sector());
            }
        }
        for (ScanSummary scan : scans.scans(organisationId)) { // newest first
            if (scan.responses() < scans.rule().k()) {
                continue;
            }
            int year = ScanPeriod.year(scan.closesAt()); // the year it ran in, not of its closing instant
            if (values.getOrDefault(Metric.ENGAGEMENT.id(), new TreeMap<>()).containsKey(year)
                    || values.getOrDefault(Metric.TOP_PEOPLE.id(), new TreeMap<>())
                            .containsKey(year)) {
                continue;
            }
            ScanResultsView results = scans.publishedResults(scan.id()).orElse(null);
            if (results == null || !results.available()) {
                continue; // open (results not published yet) or too few respondents
            }
            ScanResultsView.GroupView all = results.all();
            put(values, Metric.TOP_TECHNOLOGY, year, points(all.pillars().get("technology")));
            put(values, Metric.TOP_ORGANISATION, year, points(all.pillars().get("organisation")));
            put(values, Metric.TOP_PEOPLE, year, points(all.pillars().get("people")));
            put(values, Metric.ENGAGEMENT, year, points(all.scales().get("engagement")));
            put(values, Metric.JOB_QUALITY, year, jobQuality(all.scales()).orElse(null));
        }
        List<ValueStreamView> streams = valueStreams.list(organisationId);
        int now = clock.instant().atZone(ZONE).getYear();
        put(
                values,
                Metric.PROCESS_CYCLE_EFFICIENCY,
                now,
                streams.stream()
                        .map(ValueStreamView::processCycleEfficiency)
                        .filter(v -> v != null)
                        .min(Double::compare)
                        .map(v -> v * 100)
                        .orElse(null));
        put(
                values,
                Metric.REGISTRATION_SHARE,
                now,
                streams.stream()
                        .map(ValueStreamView::registrationShare)
                        .filter(v -> v != null)
                        .max(Double::compare)
                        .map(v -> v * 100)
                        .orElse(null));
        return new OrganisationValues(values, official);
    }

    private static Double points(Integer score) {
        return score == null ? null : score.doubleValue();
    }

    /** The mean of the job-quality scales ({@code job.*}) that are shown, in whole points; empty when none is. */
    static Optional<Double> jobQuality(Map<String, Integer> scales) {
        List<Integer> shown = scales.entrySet().stream()
                .filter(e -> e.getKey().startsWith("job.") && e.getValue() != null)
                .map(Map.Entry::getValue)
                .toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of((double) ScaleScoring.wholeMean(shown));
    }

    private static Double percent(Double fraction) {
        return fraction == null ? null : fraction * 100;
    }

    private static void put(Map<String, TreeMap<Integer, Double>> values, Metric metric, int year, Double value) {
        if (value != null && Double.isFinite(value)) {
            values.computeIfAbsent(metric.id(), k -> new TreeMap<>()).put(year, value);
        }
    }
}
