package nl.werkkracht.app.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.core.policy.Phase;
import nl.werkkracht.core.policy.Progress;
import nl.werkkracht.store.policy.MemberRole;
import nl.werkkracht.store.policy.OutreachStore;
import nl.werkkracht.store.policy.PhaseNote;
import nl.werkkracht.store.policy.PolicyContentStore;
import nl.werkkracht.store.policy.Programme;
import nl.werkkracht.store.policy.ProgrammeStore;
import nl.werkkracht.store.policy.StoredIndicator;
import nl.werkkracht.store.policy.StoredMeasure;
import org.springframework.context.MessageSource;

/** Builds {@link ProgrammeView}s: labels in the request's language, progress of every indicator from its source. */
final class ProgrammeViews {

    private final ProgrammeStore programmes;
    private final PolicyContentStore content;
    private final OutreachStore outreach;
    private final Map<IndicatorKind, IndicatorSource> sources;
    private final OrganisationIndicators organisations;
    private final MonitorIndicators monitor;
    private final RecommendationCatalogue catalogue;
    private final MessageSource messages;

    ProgrammeViews(
            ProgrammeStore programmes,
            PolicyContentStore content,
            OutreachStore outreach,
            MonitorIndicators monitor,
            OrganisationIndicators organisations,
            RecommendationCatalogue catalogue,
            MessageSource messages) {
        this.programmes = programmes;
        this.content = content;
        this.outreach = outreach;
        this.monitor = monitor;
        this.organisations = organisations;
        this.sources = Map.of(IndicatorKind.MONITOR, monitor, IndicatorKind.ORGANISATIONS, organisations);
        this.catalogue = catalogue;
        this.messages = messages;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String regionName(String code, Locale locale) {
        return monitor.name(code, locale);
    }

    ProgrammeView view(Programme p, Optional<MemberRole> role, Locale locale) {
        boolean member = role.isPresent();
        List<StoredIndicator> indicators = content.indicators(p.id());
        List<ProgrammeView.Measure> measures = content.measures(p.id()).stream()
                .map(m -> measure(m, indicators, locale))
                .toList();
        return new ProgrammeView(
                p.id(),
                p.name(),
                p.region(),
                regionName(p.region(), locale),
                p.fromYear(),
                p.toYear(),
                p.description(),
                p.published(),
                p.publishedAt().orElse(null),
                p.invented(),
                role.map(Enum::name).orElse(null),
                member
                        ? programmes.members(p.id()).stream()
                                .map(m -> new ProgrammeView.Member(
                                        m.username(), m.role().name()))
                                .toList()
                        : List.of(),
                cycles(p, locale),
                measures,
                content.questions(p.id()).stream()
                        .map(q -> new ProgrammeView.Question(
                                q.id(),
                                q.data().question(),
                                q.data().answeredBy(),
                                q.data().due().orElse(null),
                                q.data().result(),
                                q.data().status().name()))
                        .toList(),
                content.recommendations(p.id()).stream()
                        .map(r -> {
                            var c = r.data().catalogueId().flatMap(catalogue::find);
                            return new ProgrammeView.Recommendation(
                                    r.id(),
                                    r.data().catalogueId().orElse(null),
                                    c.map(x -> x.source()).orElse(null),
                                    c.map(x -> x.reference()).orElse(null),
                                    r.data().text(),
                                    r.data().adopted().orElse(null),
                                    r.data().carriedOut().name(),
                                    r.data().effect());
                        })
                        .toList(),
                content.evaluations(p.id()).stream()
                        .map(e -> new ProgrammeView.Evaluation(
                                e.id(),
                                e.data().measureId().orElse(null),
                                e.data().indicator(),
                                e.data().region(),
                                regionName(e.data().region(), locale),
                                e.data().treatmentStart(),
                                e.data().note()))
                        .toList(),
                outreach(p.id()));
    }

    private List<ProgrammeView.Cycle> cycles(Programme p, Locale locale) {
        Map<Integer, Map<Phase, PhaseNote>> notes = new TreeMap<>();
        for (PhaseNote n : programmes.phases(p.id())) {
            notes.computeIfAbsent(n.year(), y -> new TreeMap<>()).put(n.phase(), n);
        }
        List<ProgrammeView.Cycle> out = new ArrayList<>();
        for (int year = p.fromYear(); year <= p.toYear(); year++) {
            Map<Phase, PhaseNote> y = notes.getOrDefault(year, Map.of());
            List<ProgrammeView.PhaseStep> steps = new ArrayList<>();
            for (Phase phase : Phase.values()) {
                PhaseNote n = y.get(phase);
                steps.add(new ProgrammeView.PhaseStep(
                        phase.name(),
                        text("policy.phase." + phase, locale),
                        n == null ? "" : n.done(),
                        n != null && n.completed()));
            }
            out.add(new ProgrammeView.Cycle(year, steps));
        }
        return out;
    }

    private ProgrammeView.Measure measure(StoredMeasure m, List<StoredIndicator> all, Locale locale) {
        var d = m.data();
        boolean dutch = !"en".equals(locale.getLanguage());
        ProgrammeView.RecommendationRef rec = d.recommendation()
                .flatMap(catalogue::find)
                .map(r -> new ProgrammeView.RecommendationRef(r.id(), r.source(), r.title(dutch), r.reference()))
                .orElse(null);
        return new ProgrammeView.Measure(
                m.id(),
                d.name(),
                d.description(),
                d.route().name(),
                text("policy.route." + d.route(), locale),
                rec,
                d.region(),
                regionName(d.region(), locale),
                d.sectors(),
                d.budget().orElse(null),
                d.responsible(),
                d.startYear(),
                d.endYear().orElse(null),
                d.status().name(),
                text("policy.status." + d.status(), locale),
                all.stream()
                        .filter(i -> i.measureId() == m.id())
                        .map(i -> indicator(i, d.region(), locale))
                        .toList());
    }

    ProgrammeView.Indicator indicator(StoredIndicator i, String region, Locale locale) {
        var d = i.data();
        SortedMap<Integer, Double> series;
        boolean earlier = false;
        if (d.kind() == IndicatorKind.MANUAL) {
            series = new TreeMap<>(i.values());
        } else if (d.kind() == IndicatorKind.ORGANISATIONS) {
            series = new TreeMap<>();
            for (var e : organisations.series(d.metric(), region).entrySet()) {
                series.put(e.getKey(), e.getValue());
            }
            if (!series.isEmpty()) {
                earlier = organisations
                        .figure(d.metric(), region, series.lastKey())
                        .earlier();
            }
        } else {
            series = sources.get(d.kind()).series(d.metric(), region);
        }
        OptionalInt year = series.isEmpty() ? OptionalInt.empty() : OptionalInt.of(series.lastKey());
        OptionalDouble value =
                series.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(series.get(series.lastKey()));
        Progress p = Progress.of(d.target(), year, value);
        String source = d.kind() == IndicatorKind.MANUAL
                ? d.sourceNote()
                : d.kind() == IndicatorKind.MONITOR
                        ? String.join("; ", monitor.sources())
                        : text("policy.source.organisations", locale, DisclosureRule.DEFAULT.k());
        return new ProgrammeView.Indicator(
                i.id(),
                d.kind().name(),
                d.metric(),
                d.name(),
                d.unit(),
                source,
                d.target().baselineValue(),
                d.target().baselineYear(),
                d.target().targetValue(),
                d.target().targetYear(),
                d.target().direction().name(),
                year.isPresent() ? year.getAsInt() : null,
                value.isPresent() ? value.getAsDouble() : null,
                p.share().isPresent() ? p.share().getAsDouble() : null,
                p.state().name(),
                text("policy.progress." + p.state(), locale),
                earlier);
    }

    private ProgrammeView.Outreach outreach(long programmeId) {
        OutreachStore.Counts c = outreach.counts(programmeId);
        return new ProgrammeView.Outreach(
                new ProgrammeView.Count(c.sent(), null),
                count(c.registered()),
                count(c.scansStarted()),
                count(c.scansCompleted()));
    }

    static ProgrammeView.Count count(long n) {
        int k = DisclosureRule.DEFAULT.k();
        return n > 0 && n < k ? new ProgrammeView.Count(null, "< " + k) : new ProgrammeView.Count(n, null);
    }
}
