package nl.werkkracht.app.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.synth.SynthView;
import org.springframework.context.MessageSource;

/**
 * The data of the evaluation page's two charts, as the literature draws them: the treated region against its
 * synthetic twin, and the gaps with every placebo region in grey. JSON for the page's {@code data-chart}
 * attribute ({@code static/js/policy-charts.js} draws it); null when there is no synthetic control.
 */
final class EvaluationCharts {

    /**
     * Placebos whose pre-period fit is more than this many times worse than the treated region's are left out of
     * the gap chart, as Abadie, Diamond and Hainmueller (2010) do: a gap after the start says nothing for a region
     * that was not matched before it. The placebo test's p-value still counts every region.
     */
    static final double PLACEBO_FIT_LIMIT = 5;

    private EvaluationCharts() {}

    static boolean shown(SynthView.PlaceboRun run, SynthView s) {
        return run.preRmspe() <= PLACEBO_FIT_LIMIT * s.preRmspe();
    }

    /** How many placebos the gap chart leaves out. */
    static long excluded(SynthView s) {
        return s.placebo() == null
                ? 0
                : s.placebo().runs().stream()
                        .filter(r -> !r.treated() && !shown(r, s))
                        .count();
    }

    static String json(ObjectMapper json, EvaluationView e, MessageSource messages, Locale locale) {
        SynthView s = e.synth();
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", e.treatmentStart());
        m.put("region", e.regionName());
        m.put("unit", e.unit());
        m.put("years", s.gaps().stream().map(SynthView.Gap::time).toList());
        m.put("actual", s.gaps().stream().map(SynthView.Gap::actual).toList());
        m.put("synthetic", s.gaps().stream().map(SynthView.Gap::synthetic).toList());
        m.put("gap", s.gaps().stream().map(SynthView.Gap::gap).toList());
        List<Map<String, Object>> placebos = s.placebo() == null
                ? List.of()
                : s.placebo().runs().stream()
                        .filter(r -> !r.treated() && shown(r, s))
                        .map(r -> {
                            Map<String, Object> p = new LinkedHashMap<>();
                            p.put("name", r.unit());
                            p.put(
                                    "gaps",
                                    r.gaps().stream()
                                            .map(g -> List.of(g.time(), g.gap()))
                                            .toList());
                            return p;
                        })
                        .toList();
        m.put("placebos", placebos);
        m.put("excluded", excluded(s));
        Map<String, String> texts = new LinkedHashMap<>();
        for (String k : new String[] {"actual", "synthetic", "gap"}) {
            texts.put(k, messages.getMessage("policy.eval." + k, null, locale));
        }
        m.put("texts", texts);
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write chart data", ex);
        }
    }
}
