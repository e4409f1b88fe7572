package nl.werkkracht.app.dataset.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.statdata.csv.WerkkrachtCsvWriter;
import nl.werkkracht.store.observation.ObservationQuery;
import nl.werkkracht.store.observation.ObservationStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The data page: the datasets with source, licence, retrieval date, coverage and status flags; their
 * provenance; the table's exports (CSV, XLSX) and the page's PDF; and each dataset as Werkkracht CSV,
 * the format the importer reads, so a download can be edited and uploaded again.
 */
@Controller
class DataPageController {

    /** The formats the upload form offers, in order; "auto" detects the format from the first line. */
    static final List<String> UPLOAD_FORMATS = List.of("auto", "csv", "eurostat-tsv", "klems", "cbs-odata");

    /** Imports listed on the page. */
    static final int RECENT_IMPORTS = 20;

    private final DatasetCatalogue catalogue;
    private final ObservationStore store;
    private final MessageSource messages;
    private final DataSize maxUpload;
    private final ImportJobs jobs;

    DataPageController(
            DatasetCatalogue catalogue,
            ObservationStore store,
            MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size:100MB}") DataSize maxUpload,
            ImportJobs jobs) {
        this.jobs = jobs;
        this.catalogue = catalogue;
        this.store = store;
        this.messages = messages;
        this.maxUpload = maxUpload;
    }

    @GetMapping("/data")
    String page(Locale locale, Model model, jakarta.servlet.http.HttpServletRequest request) {
        if (request.isUserInRole("ANALYST") || request.isUserInRole("ADMIN")) {
            var zoneId = LocaleContextHolder.getTimeZone().toZoneId();
            var when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(zoneId);
            model.addAttribute(
                    "imports",
                    jobs.recent(RECENT_IMPORTS).stream()
                            .map(j -> new ImportRow(
                                    j.id(),
                                    j.file(),
                                    j.dataset(),
                                    j.owner(),
                                    j.finished().map(when::format).orElse(""),
                                    j.state().name().toLowerCase(Locale.ROOT),
                                    JobView.of(j, messages, locale).message()))
                            .toList());
        }
        var zone = LocaleContextHolder.getTimeZone().toZoneId();
        model.addAttribute(
                "datasets",
                catalogue.list().stream()
                        .map(d -> DatasetRow.of(d, locale, zone, messages))
                        .toList());
        model.addAttribute("formats", UPLOAD_FORMATS);
        model.addAttribute("maxUploadBytes", maxUpload.toBytes());
        model.addAttribute("maxUpload", maxUpload.toMegabytes() + " MB");
        return "data/index";
    }

    /** The datasets table as {@code csv} or {@code xlsx}, or the whole page as {@code pdf}. */
    @GetMapping("/data/export")
    ResponseEntity<byte[]> export(@RequestParam String format, Locale locale) {
        if ("pdf".equalsIgnoreCase(format.strip())) {
            return Exports.page(
                    catalogue.page(locale, LocaleContextHolder.getTimeZone().toZoneId()));
        }
        return Exports.table(catalogue.table(locale), format);
    }

    /** The page as PDF. */
    @GetMapping("/data.pdf")
    ResponseEntity<byte[]> pdf(Locale locale) {
        return Exports.page(
                catalogue.page(locale, LocaleContextHolder.getTimeZone().toZoneId()));
    }

    @GetMapping("/data/{name}/provenance")
    String provenance(@PathVariable String name, Model model) {
        DatasetView dataset = catalogue.find(name).orElseThrow(DataPageController::notFound);
        model.addAttribute("dataset", dataset);
        model.addAttribute("provenance", catalogue.provenance(name).orElse(""));
        return "data/provenance";
    }

    /**
     * The whole dataset in Werkkracht CSV, written line by line to the response ({@link
     * WerkkrachtCsvWriter}: UTF-8 without byte-order mark, confidential and missing values empty with
     * their flag).
     */
    @GetMapping("/data/{name}.csv")
    void download(@PathVariable String name, HttpServletResponse response) throws IOException {
        catalogue.find(name).orElseThrow(DataPageController::notFound);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment().filename(name + ".csv").build().toString());
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        try (var csv = new WerkkrachtCsvWriter(out)) {
            store.find(ObservationQuery.all(name)).forEach(csv::accept);
        }
    }

    /**
     * One import in the page's list.
     *
     * @param finished when it ended, formatted for the reader; empty while it runs
     * @param state queued, running, succeeded or failed
     * @param message what happened, in the reader's language
     */
    record ImportRow(
            String id, String file, String dataset, String by, String finished, String state, String message) {}

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such dataset");
    }
}
