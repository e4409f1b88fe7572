package nl.werkkracht.app.monitor;

import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The monitor's use cases, served from {@link MonitorCache}: the data snapshot is computed once, and
 * each answer once per language, level or region, and years.
 */
@Service
class MonitorService {

    /** The data snapshot; one per cache generation. */
    private record DataKey() {}

    private record RegionsKey(String language, RegionLevel level, YearWindow window) {}

    private record SummaryKey(String language, String code, YearWindow window) {}

    private final MonitorCache cache;
    private final MonitorDataLoader loader;
    private final RegionsCalculator regions;
    private final SummaryCalculator summaries;
    private final MessageSource messages;

    MonitorService(
            MonitorCache cache,
            MonitorDataLoader loader,
            RegionsCalculator regions,
            SummaryCalculator summaries,
            MessageSource messages) {
        this.cache = cache;
        this.loader = loader;
        this.regions = regions;
        this.summaries = summaries;
        this.messages = messages;
    }

    MonitorData data() {
        return cache.get(new DataKey(), loader::load);
    }

    MonitorText text(Locale locale) {
        return new MonitorText(messages, locale);
    }

    /** The region summary of a level ({@code nuts2|nuts3|province|corop}); null years take the defaults. */
    RegionsView regions(String level, Integer year, Integer from, Integer to, Locale locale) {
        MonitorText text = text(locale);
        RegionLevel l = Windows.level(level);
        MonitorData data = data().forLevel(l);
        YearWindow w = Windows.resolve(data, l, year, from, to);
        return cache.get(new RegionsKey(text.language(), l, w), () -> regions.compute(data, l, w, text));
    }

    /** The region page's figures; throws {@link UnknownRegionException} for a code not in the code list. */
    RegionSummaryView summary(String code, Integer year, Integer from, Integer to, Locale locale) {
        MonitorText text = text(locale);
        Region region = region(code).orElseThrow(() -> new UnknownRegionException(code));
        MonitorData data = data().forLevel(region.level());
        YearWindow w = Windows.resolve(data, region.level(), year, from, to);
        return cache.get(
                new SummaryKey(text.language(), region.code(), w), () -> summaries.compute(data, region, w, text));
    }

    /** A Dutch region by its CBS or NUTS code (any case); extra-regio is not a region of the monitor. */
    Optional<Region> region(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return data().codeLists()
                .region(code.trim().toUpperCase(Locale.ROOT))
                .filter(r -> r.level() != RegionLevel.EXTRA_REGIO);
    }
}
