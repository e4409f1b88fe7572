package nl.werkkracht.app.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.scan.ScanSummary;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.core.policy.RegionalAggregates;
import nl.werkkracht.core.policy.RegionalAggregates.Contribution;
import nl.werkkracht.core.policy.Releases;
import nl.werkkracht.core.synth.Panel;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.policy.FigureReleaseStore;
import nl.werkkracht.store.routeplan.RouteChoiceStore;
import org.springframework.context.MessageSource;

/**
 * Indicators from the organisation side, aggregated for a region (METHODS.md §9, ADR 0022): the number of
 * organisations that completed a scan, the share of them with a route plan (at least one chosen intervention),
 * and their mean TOP balance gap. A year is the year a scan closed (Europe/Amsterdam); an organisation counts
 * once per year, with its newest scan of that year; a scan whose all-respondents group is hidden by the
 * anonymity rule gives no TOP figure.
 *
 * <p>Every figure passes {@link RegionalAggregates} (frequency k = 5, secondary suppression across NL, provinces
 * and COROP regions) and {@link Releases} (a new version only when at least k organisations changed; until then
 * the earlier version stays, with its date). A suppressed figure has no value and is shown as a count band.
 * Computed figures are kept for ten minutes.
 */
final class OrganisationIndicators implements IndicatorSource {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final List<String> METRICS = List.of("scans", "route-plan-share", "top-gap");
    private static final Duration TTL = Duration.ofMinutes(10);

    private final OrganisationStore organisations;
    private final ScanService scans;
    private final RouteChoiceStore choices;
    private final FigureReleaseStore releases;
    private final CodeLists codeLists;
    private final MessageSource messages;
    private final DisclosureRule rule;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Instant at, Map<Integer, RegionalAggregates> byYear) {}

    OrganisationIndicators(
            OrganisationStore organisations,
            ScanService scans,
            RouteChoiceStore choices,
            FigureReleaseStore releases,
            CodeLists codeLists,
            MessageSource messages,
            DisclosureRule rule,
            Clock clock) {
        this.organisations = organisations;
        this.scans = scans;
        this.choices = choices;
        this.releases = releases;
        this.codeLists = codeLists;
        this.messages = messages;
        this.rule = rule;
        this.clock = clock;
    }

    @Override
    public IndicatorKind kind() {
        return IndicatorKind.ORGANISATIONS;
    }

    @Override
    public List<Option> options(Locale locale) {
        return METRICS.stream()
                .map(m -> new Option(
                        IndicatorKind.ORGANISATIONS,
                        m,
                        messages.getMessage("policy.metric." + m, null, locale),
                        messages.getMessage("policy.metric.unit." + m, null, locale)))
                .toList();
    }

    /**
     * A released figure of one region and year.
     *
     * @param value the value, empty when suppressed
     * @param releasedAt when this version was released
     * @param earlier whether an earlier version is shown because the current one may not be released yet
     */
    record Released(Optional<Double> value, Optional<Instant> releasedAt, boolean earlier) {}

    /** The figure of a region in a year under the disclosure and release rules. */
    Released figure(String metric, String region, int year) {
        RegionalAggregates a = aggregates(metric).get(year);
        if (a == null) {
            return new Released(Optional.empty(), Optional.empty(), false);
        }
        RegionalAggregates.Figure f = a.figure(region);
        List<Releases.Release> earlier = releases.releases(metric, region, year);
        if (!f.shown()) {
            return Releases.latest(earlier)
                    .map(r -> new Released(Optional.of(r.value()), Optional.of(r.releasedAt()), true))
                    .orElse(new Released(Optional.empty(), Optional.empty(), false));
        }
        double value = metric.equals("scans") ? f.n() : f.mean().orElseThrow();
        Releases.Decision d = Releases.decide(earlier, f.contributors(), rule.k());
        if (d instanceof Releases.ShowCurrent current) {
            Instant at = current.isNew()
                    ? releases.release(metric, region, year, f.contributors(), value)
                            .releasedAt()
                    : earlier.stream()
                            .filter(r -> new java.util.HashSet<>(r.contributors())
                                    .equals(new java.util.HashSet<>(f.contributors())))
                            .map(Releases.Release::releasedAt)
                            .findFirst()
                            .orElse(clock.instant());
            return new Released(Optional.of(value), Optional.of(at), false);
        }
        if (d instanceof Releases.ShowEarlier e) {
            return new Released(
                    Optional.of(e.release().value()), Optional.of(e.release().releasedAt()), true);
        }
        return new Released(Optional.empty(), Optional.empty(), false);
    }

    @Override
    public SortedMap<Integer, Double> series(String metric, String region) {
        SortedMap<Integer, Double> out = new TreeMap<>();
        if (!METRICS.contains(metric)) {
            return out;
        }
        for (int year : aggregates(metric).keySet()) {
            figure(metric, region, year).value().ifPresent(v -> out.put(year, v));
        }
        return out;
    }

    @Override
    public Optional<Panel> panel(String metric, String region) {
        return Optional.empty();
    }

    private Map<Integer, RegionalAggregates> aggregates(String metric) {
        Cached c = cache.get(metric);
        Instant now = clock.instant();
        if (c == null || c.at().plus(TTL).isBefore(now)) {
            c = new Cached(now, compute(metric));
            cache.put(metric, c);
        }
        return c.byYear();
    }

    private Map<Integer, RegionalAggregates> compute(String metric) {
        Map<Integer, List<Contribution>> byYear = new TreeMap<>();
        Instant now = clock.instant();
        for (Organisation o : organisations.all()) {
            Optional<String[]> place = place(o.region());
            if (place.isEmpty()) {
                continue;
            }
            Map<Integer, ScanSummary> newest = new TreeMap<>();
            for (ScanSummary s : scans.scans(o.id())) {
                if (!s.closesAt().isAfter(now)) {
                    newest.merge(
                            s.closesAt().atZone(ZONE).getYear(),
                            s,
                            (a, b) -> a.closesAt().isAfter(b.closesAt()) ? a : b);
                }
            }
            boolean plan = metric.equals("route-plan-share")
                    && choices.choices(o.id()).stream().anyMatch(ch -> ch.chosen());
            newest.forEach((year, s) -> value(metric, s, plan)
                    .ifPresent(v -> byYear.computeIfAbsent(year, y -> new ArrayList<>())
                            .add(new Contribution(Long.toString(o.id()), place.get()[0], place.get()[1], v))));
        }
        Map<Integer, RegionalAggregates> out = new TreeMap<>();
        byYear.forEach((year, cs) -> out.put(year, RegionalAggregates.of(cs, rule, false)));
        return out;
    }

    private Optional<Double> value(String metric, ScanSummary s, boolean plan) {
        return switch (metric) {
            case "scans" -> Optional.of(1.0);
            case "route-plan-share" -> Optional.of(plan ? 100.0 : 0.0);
            case "top-gap" -> {
                ScanResultsView r = scans.results(s.id());
                yield r.balance().map(b -> b.gap());
            }
            default -> Optional.empty();
        };
    }

    /** {COROP, province} of an organisation's region; a province-only region gets a COROP of its own. */
    private Optional<String[]> place(String region) {
        Optional<Region> r = codeLists.region(region);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        if (region.startsWith("PV")) {
            return Optional.of(new String[] {"?" + region, region});
        }
        return r.get().parent().map(p -> new String[] {region, p});
    }
}
