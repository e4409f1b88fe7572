package nl.werkkracht.app.dataset.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.app.dataset.DefaultDatasets;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.store.observation.DatasetInfo;
import nl.werkkracht.store.observation.ObservationStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The datasets in this installation as the data page, its exports and the datasets API show them, and
 * the provenance text of each: the shipped PROVENANCE file for a default dataset, the description
 * given at import for any other.
 */
@Component
class DatasetCatalogue {

    /** Id of the datasets table in export file names. */
    static final String TABLE_ID = "datasets";

    private final ObservationStore store;
    private final MessageSource messages;
    private final DefaultDatasets defaults = DefaultDatasets.shipped();

    DatasetCatalogue(ObservationStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Every dataset, ordered by name. */
    List<DatasetView> list() {
        return store.datasets().stream().map(DatasetView::of).toList();
    }

    /** The dataset called {@code name}; empty when there is none (or the name is not a valid name). */
    Optional<DatasetView> find(String name) {
        if (!DatasetInfo.isValidName(name)) {
            return Optional.empty();
        }
        return store.dataset(name).map(DatasetView::of);
    }

    /**
     * Where a dataset comes from: the shipped provenance text of a default dataset, otherwise the
     * description stored with it (possibly empty). Empty when the dataset does not exist.
     */
    Optional<String> provenance(String name) {
        return find(name).map(d -> defaults.provenance(name).orElse(d.description()));
    }

    /** The datasets table for CSV, XLSX and PDF, with every coverage and status figure in its own column. */
    ExportTable table(Locale locale) {
        List<String> columns = List.of(
                text("data.col.name", locale),
                text("data.col.title", locale),
                text("data.col.source", locale),
                text("data.col.licence", locale),
                text("data.col.sourceUrl", locale),
                text("data.col.retrieved", locale),
                text("data.col.importedAt", locale),
                text("data.col.from", locale),
                text("data.col.to", locale),
                text("data.col.regions", locale),
                text("data.col.sectors", locale),
                text("data.col.measures", locale),
                text("data.col.observations", locale),
                text("data.col.provisional", locale),
                text("data.col.estimated", locale),
                text("data.col.confidential", locale),
                text("data.col.missing", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (DatasetView d : list()) {
            List<Object> row = new ArrayList<>();
            row.add(d.name());
            row.add(d.title());
            row.add(d.source());
            row.add(d.licence());
            row.add(d.sourceUrl());
            row.add(d.retrieved() == null ? null : d.retrieved().toString());
            row.add(d.importedAt().toString());
            row.add(d.coverage().from());
            row.add(d.coverage().to());
            row.add(d.coverage().regions());
            row.add(d.coverage().sectors());
            row.add(String.join(" ", d.coverage().measures()));
            row.add(d.coverage().observations());
            row.add(d.status().provisional());
            row.add(d.status().estimated());
            row.add(d.status().confidential());
            row.add(d.status().missing());
            rows.add(row);
        }
        return new ExportTable(
                TABLE_ID,
                text("data.table.title", locale),
                columns,
                rows,
                List.of(text("data.note.status", locale), text("data.note.provenance", locale)));
    }

    /**
     * The data page as a PDF: an introduction, then the datasets in two tables that fit a page (where
     * they come from; what they cover), dates written out in the request's language.
     */
    ExportPage page(Locale locale, ZoneId zone) {
        List<DatasetView> datasets = list();
        List<List<Object>> origin = new ArrayList<>();
        List<List<Object>> coverage = new ArrayList<>();
        for (DatasetView d : datasets) {
            DatasetRow row = DatasetRow.of(d, locale, zone, messages);
            origin.add(List.of(
                    d.name(),
                    d.title(),
                    orUnknown(d.source(), locale),
                    orUnknown(d.licence(), locale),
                    row.retrieved(),
                    row.importedAt()));
            coverage.add(List.of(
                    d.name(),
                    row.period(),
                    d.coverage().regions(),
                    d.coverage().sectors(),
                    d.coverage().measures().size(),
                    d.coverage().observations(),
                    d.status().provisional(),
                    d.status().estimated(),
                    d.status().confidential(),
                    d.status().missing()));
        }
        var originTable = new ExportTable(
                "datasets-origin",
                text("data.pdf.origin", locale),
                List.of(
                        text("data.col.name", locale),
                        text("data.col.title", locale),
                        text("data.col.source", locale),
                        text("data.col.licence", locale),
                        text("data.col.retrieved", locale),
                        text("data.col.importedAt", locale)),
                origin,
                List.of(text("data.note.provenance", locale)));
        var coverageTable = new ExportTable(
                "datasets-coverage",
                text("data.pdf.coverage", locale),
                List.of(
                        text("data.col.name", locale),
                        text("data.col.period", locale),
                        text("data.col.regions", locale),
                        text("data.col.sectors", locale),
                        text("data.col.measures", locale),
                        text("data.col.observations", locale),
                        text("data.col.provisional", locale),
                        text("data.col.estimated", locale),
                        text("data.col.confidential", locale),
                        text("data.col.missing", locale)),
                coverage,
                List.of(text("data.note.status", locale)));
        return new ExportPage(
                "data",
                text("data.title", locale),
                List.of(
                        text("data.intro", locale),
                        messages.getMessage("data.pdf.count", new Object[] {datasets.size()}, locale)),
                List.of(originTable, coverageTable));
    }

    private String orUnknown(String value, Locale locale) {
        return value.isBlank() ? text("data.unknown", locale) : value;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
