package nl.werkkracht.app.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkkracht.app.synth.SynthView;
import nl.werkkracht.core.synth.Panel;
import nl.werkkracht.core.synth.SimpleEstimates;
import nl.werkkracht.core.synth.SynthAnalysis;
import nl.werkkracht.core.synth.SynthResult;
import nl.werkkracht.core.synth.SynthSpec;
import nl.werkkracht.core.synth.Verdict;
import nl.werkkracht.store.policy.EvaluationData;
import nl.werkkracht.store.policy.PolicyContentStore;
import nl.werkkracht.store.policy.Programme;
import nl.werkkracht.store.policy.Stored;
import nl.werkkracht.store.policy.StoredMeasure;
import org.springframework.context.MessageSource;

/**
 * Computes an evaluation from the current monitor data: before/after against the Netherlands,
 * difference-in-differences against the comparison regions (the donors when none are chosen), and the synthetic
 * control over the donors (every other region of the same level when none are chosen) with placebos in space and
 * leave-one-out. Results are kept for ten minutes per specification.
 */
final class EvaluationService {

    private static final Duration TTL = Duration.ofMinutes(10);

    private final PolicyContentStore content;
    private final MonitorIndicators monitor;
    private final MessageSource messages;
    private final Clock clock;
    private final Map<EvaluationData, Computed> cache = new ConcurrentHashMap<>();

    private record Computed(Instant at, Optional<SynthAnalysis> analysis, Panel panel, String error) {}

    EvaluationService(PolicyContentStore content, MonitorIndicators monitor, MessageSource messages, Clock clock) {
        this.content = content;
        this.monitor = monitor;
        this.messages = messages;
        this.clock = clock;
    }

    Optional<EvaluationView> view(Programme p, long evaluationId, Locale locale) {
        return content.evaluation(p.id(), evaluationId).map(e -> view(p, e, locale));
    }

    EvaluationView view(Programme p, Stored<EvaluationData> e, Locale locale) {
        EvaluationData d = e.data();
        Computed c = compute(d);
        String measureName = d.measureId()
                .flatMap(id -> content.measure(p.id(), id))
                .map(StoredMeasure::data)
                .map(m -> m.name())
                .orElse(null);
        Map<String, String> names = names(c.panel(), locale);
        String regionName = monitor.name(d.region(), locale);
        EvaluationView.Simple beforeAfter =
                simple(() -> SimpleEstimates.beforeAfter(c.panel(), d.region(), "NL", d.treatmentStart()), names);
        EvaluationView.Simple did = simple(() -> differenceInDifferences(c.panel(), d), names);
        SynthView synth = c.analysis()
                .map(a -> SynthView.of(d.indicator(), a).named(names))
                .orElse(null);
        Verdict verdict = c.analysis().map(SynthAnalysis::verdict).orElse(null);
        return new EvaluationView(
                e.id(),
                p.id(),
                d.measureId().orElse(null),
                measureName,
                d.indicator(),
                text("policy.metric." + d.indicator(), locale),
                text("policy.metric.unit." + d.indicator(), locale),
                d.region(),
                regionName,
                d.treatmentStart(),
                d.note(),
                p.invented(),
                c.error(),
                beforeAfter,
                did,
                synth,
                c.analysis().map(a -> Verdict.fit(a.result()).name()).orElse(null),
                verdict == null ? null : verdict.name(),
                verdict == null ? null : text("policy.verdict." + verdict, locale, regionName),
                caveats(c, d, regionName, locale),
                monitor.sources());
    }

    private Computed compute(EvaluationData d) {
        Computed c = cache.get(d);
        Instant now = clock.instant();
        if (c != null && c.at().plus(TTL).isAfter(now)) {
            return c;
        }
        Panel panel = monitor.panel(d.indicator(), d.region())
                .orElseThrow(() -> new PolicyInputException("indicator", "policy.error.unknownMetric", d.indicator()));
        Panel withNation = withNation(panel, d.indicator());
        try {
            List<String> donors = d.donors().isEmpty()
                    ? panel.units().stream()
                            .filter(u ->
                                    !u.equals(d.region()) && !panel.series(u).isEmpty())
                            .toList()
                    : d.donors();
            SynthAnalysis a =
                    SynthAnalysis.run(panel, SynthSpec.outcomeOnly(d.region(), donors, d.treatmentStart()), true);
            c = new Computed(now, Optional.of(a), withNation, null);
        } catch (IllegalArgumentException ex) {
            c = new Computed(now, Optional.empty(), withNation, ex.getMessage());
        }
        cache.put(d, c);
        return c;
    }

    /** The panel with the Netherlands added, as the reference of the before/after estimate. */
    private Panel withNation(Panel panel, String indicator) {
        Map<String, Map<Integer, Double>> series = new java.util.LinkedHashMap<>();
        panel.units().forEach(u -> series.put(u, panel.series(u)));
        series.put("NL", monitor.series(indicator, "NL"));
        return Panel.of(panel.variable(), series);
    }

    private static SimpleEstimates.Estimate differenceInDifferences(Panel panel, EvaluationData d) {
        List<String> comparison = !d.comparison().isEmpty()
                ? d.comparison()
                : !d.donors().isEmpty()
                        ? d.donors()
                        : panel.units().stream()
                                .filter(u -> !u.equals(d.region())
                                        && !u.equals("NL")
                                        && !panel.series(u).isEmpty())
                                .toList();
        List<Integer> years = panel.times();
        int first = years.stream()
                .filter(y -> panel.value(d.region(), y).isPresent())
                .findFirst()
                .orElseThrow();
        int last = panel.series(d.region()).lastKey();
        return SimpleEstimates.differenceInDifferences(
                panel,
                d.region(),
                comparison,
                d.treatmentStart(),
                new SimpleEstimates.Span(first, d.treatmentStart() - 1),
                new SimpleEstimates.Span(d.treatmentStart(), last));
    }

    private static EvaluationView.Simple simple(
            java.util.function.Supplier<SimpleEstimates.Estimate> estimate, Map<String, String> names) {
        try {
            SimpleEstimates.Estimate e = estimate.get();
            return new EvaluationView.Simple(
                    e.effect(),
                    e.regionBefore(),
                    e.regionAfter(),
                    e.comparisonBefore(),
                    e.comparisonAfter(),
                    span(e.before()),
                    span(e.after()),
                    e.comparisonUnits().stream()
                            .map(u -> names.getOrDefault(u, u))
                            .toList());
        } catch (IllegalArgumentException | java.util.NoSuchElementException ex) {
            return null;
        }
    }

    private static String span(SimpleEstimates.Span s) {
        return s.from() == s.to() ? Integer.toString(s.from()) : s.from() + "–" + s.to();
    }

    private List<String> caveats(Computed c, EvaluationData d, String regionName, Locale locale) {
        List<String> out = new ArrayList<>();
        if (c.analysis().isPresent()) {
            SynthResult r = c.analysis().get().result();
            out.add(text(
                    "policy.caveat.preYears",
                    locale,
                    r.fitTimes().size(),
                    r.fitTimes().get(0),
                    r.fitTimes().get(r.fitTimes().size() - 1)));
            if (Verdict.fit(r) == Verdict.Fit.POOR) {
                out.add(text("policy.caveat.poorFit", locale, regionName));
            }
            if (!r.outsideRange().isEmpty()) {
                out.add(text(
                        "policy.caveat.outside",
                        locale,
                        regionName,
                        r.outsideRange().size(),
                        r.fitTimes().size()));
            }
        }
        out.add(text("policy.caveat.revised", locale));
        out.add(text("policy.caveat.spillovers", locale));
        out.add(text("policy.caveat.donors", locale));
        if (d.indicator().equals("productivity")) {
            out.add(text("policy.caveat.nominal", locale));
        }
        return out;
    }

    private Map<String, String> names(Panel panel, Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        panel.units().forEach(u -> names.put(u, monitor.name(u, locale)));
        return names;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
