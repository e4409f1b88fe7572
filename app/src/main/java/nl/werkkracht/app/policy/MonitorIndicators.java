package nl.werkkracht.app.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.werkkracht.app.monitor.MonitorFigures;
import nl.werkkracht.app.monitor.MonitorFigures.Figure;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.core.synth.Panel;
import org.springframework.context.MessageSource;

/**
 * Indicators from the regional monitor ({@link MonitorFigures}): productivity per person employed, its index
 * against the Netherlands, the structure-corrected index and persons employed, per region and year, exactly as
 * the monitor shows them; for provinces also GDP per hour worked, its index, volume growth per hour, the
 * labour income share and hours worked (ADR 0030), empty for other levels.
 */
final class MonitorIndicators implements IndicatorSource {

    private final MonitorFigures monitor;
    private final MessageSource messages;

    MonitorIndicators(MonitorFigures monitor, MessageSource messages) {
        this.monitor = monitor;
        this.messages = messages;
    }

    @Override
    public IndicatorKind kind() {
        return IndicatorKind.MONITOR;
    }

    @Override
    public List<Option> options(Locale locale) {
        return List.of(Figure.values()).stream()
                .map(f -> new Option(
                        IndicatorKind.MONITOR,
                        f.id(),
                        messages.getMessage("policy.metric." + f.id(), null, locale),
                        messages.getMessage("policy.metric.unit." + f.id(), null, locale)))
                .toList();
    }

    static Optional<Figure> figure(String metric) {
        for (Figure f : Figure.values()) {
            if (f.id().equals(metric)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public SortedMap<Integer, Double> series(String metric, String region) {
        Optional<Figure> f = figure(metric);
        Optional<Region> r = monitor.region(region);
        SortedMap<Integer, Double> out = new TreeMap<>();
        if (f.isEmpty() || r.isEmpty()) {
            return out;
        }
        for (int year : monitor.years(r.get().level())) {
            OptionalDouble v = monitor.value(f.get(), r.get(), year);
            v.ifPresent(x -> out.put(year, x));
        }
        return out;
    }

    @Override
    public Optional<Panel> panel(String metric, String region) {
        Optional<Region> r = monitor.region(region);
        if (figure(metric).isEmpty() || r.isEmpty() || r.get().level() == RegionLevel.COUNTRY) {
            return Optional.empty();
        }
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        for (Region other : monitor.regions(r.get().level())) {
            series.put(other.code(), series(metric, other.code()));
        }
        return Optional.of(Panel.of(metric, series));
    }

    /** The region's name in the language, or its code. */
    String name(String code, Locale locale) {
        return monitor.region(code)
                .map(r -> "en".equals(locale.getLanguage()) ? r.nameEn() : r.nameNl())
                .orElse(code);
    }

    List<String> sources() {
        return monitor.sources();
    }

    MonitorFigures figures() {
        return monitor;
    }
}
