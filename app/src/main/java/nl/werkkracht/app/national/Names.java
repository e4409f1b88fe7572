package nl.werkkracht.app.national;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.werkkracht.app.monitor.DatasetsChanged;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.store.observation.DatasetInfo;
import nl.werkkracht.store.observation.DatasetSummary;
import nl.werkkracht.store.observation.ObservationStore;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Labels the national views need: sector names in the request's language (CBS names in Dutch) and the
 * source line of a dataset from its stored record.
 */
final class Names {

    /** How long a dataset's source line is reused before it is read again. */
    static final Duration SOURCE_TTL = Duration.ofMinutes(1);

    private final CodeLists codeLists;
    private final Function<String, Optional<DatasetInfo>> datasets;
    private final Map<String, Cached> sourceCache = new ConcurrentHashMap<>();

    /**
     * @param codeLists the sector code list
     * @param datasets the stored record of a dataset by name (empty when there is no such dataset)
     */
    Names(CodeLists codeLists, Function<String, Optional<DatasetInfo>> datasets) {
        this.codeLists = codeLists;
        this.datasets = datasets;
    }

    /** Names over the store's dataset records. */
    static Names of(CodeLists codeLists, ObservationStore store) {
        return new Names(codeLists, name -> store.dataset(name).map(DatasetSummary::info));
    }

    /** The sector's name in the request's language; the code itself for a code outside the code list. */
    String sector(String code) {
        return codeLists
                .sector(code)
                .map(s -> isDutch() ? s.nameNl() : s.nameEn())
                .orElse(code);
    }

    SectorName sectorName(String code) {
        return new SectorName(code, sector(code));
    }

    /** The sector from the code list; an unknown code is a bad request (HTTP 400), naming the code. */
    Sector requireSector(String code) {
        return codeLists
                .sector(code)
                .orElseThrow(
                        () -> new IllegalArgumentException("parameter sector: unknown sector code '" + code + "'"));
    }

    /**
     * The source line of a dataset; a dataset that does not exist cannot answer (HTTP 422). The stored
     * summary counts every observation, so the line is kept until datasets change ({@link
     * DatasetsChanged}) or, for imports by another process such as the CLI, for {@link #SOURCE_TTL}. The
     * figures themselves are always read fresh.
     */
    SourceView source(String dataset) {
        Cached cached = sourceCache.get(dataset);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAt() < SOURCE_TTL.toNanos()) {
            return cached.source();
        }
        DatasetInfo info = datasets.apply(dataset)
                .orElseThrow(
                        () -> new StatisticsException("no dataset named " + dataset + " (see ./werkkracht datasets)"));
        SourceView source = new SourceView(info.name(), info.title(), info.source(), info.licence());
        sourceCache.put(dataset, new Cached(source, now));
        return source;
    }

    /** Forgets the source lines after an import or deletion in this process. */
    @EventListener
    void onDatasetsChanged(DatasetsChanged event) {
        sourceCache.clear();
    }

    CodeLists codeLists() {
        return codeLists;
    }

    /** Whether the request's language is Dutch (the default) rather than English. */
    static boolean isDutch() {
        Locale locale = LocaleContextHolder.getLocale();
        return !"en".equals(locale.getLanguage());
    }

    private record Cached(SourceView source, long readAt) {}
}
