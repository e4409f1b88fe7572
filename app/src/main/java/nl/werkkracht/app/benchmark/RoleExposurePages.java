package nl.werkkracht.app.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.occupation.OccupationIndex;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page {@code /networks/{id}/role-exposure}: the exposure of the member roles to generative AI per ISCO-08
 * major group and per ILO gradient, as disclosure-controlled aggregates (ADR 0026), for coordinators and members;
 * anyone else gets 404.
 */
@Controller
class RoleExposurePages {

    private final OrganisationAccess access;
    private final BenchmarkService service;
    private final RoleExposures exposures;
    private final OccupationIndex occupations;
    private final MessageSource messages;

    RoleExposurePages(
            OrganisationAccess access,
            BenchmarkService service,
            RoleExposures exposures,
            OccupationIndex occupations,
            MessageSource messages) {
        this.access = access;
        this.service = service;
        this.exposures = exposures;
        this.occupations = occupations;
        this.messages = messages;
    }

    /** One row of the page: the cell's label, and its figures or why they are not shown. */
    record Row(String label, RoleExposures.CellView cell, String withheld) {}

    @GetMapping("/networks/{id}/role-exposure")
    String page(@PathVariable long id, Authentication auth, Model model, Locale locale) {
        String username = access.username(auth);
        NetworkView network = service.require(id, username);
        RoleExposures.TableView table = exposures.table(id, username);
        model.addAttribute("network", network);
        model.addAttribute("k", table.k());
        model.addAttribute("groups", groups(table, locale));
        model.addAttribute("empty", table.cells().isEmpty());
        return "benchmark/exposure";
    }

    /**
     * The same table as CSV, XLSX or PDF: exactly the rows and figures the page shows to this reader, withheld
     * rows with their reason and no figures.
     */
    @GetMapping("/networks/{id}/role-exposure/export")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format,
            Authentication auth,
            Locale locale) {
        String username = access.username(auth);
        NetworkView network = service.require(id, username);
        RoleExposures.TableView table = exposures.table(id, username);
        List<List<Object>> rows = new ArrayList<>();
        for (List<Row> group : groups(table, locale).values()) {
            for (Row r : group) {
                RoleExposures.CellView c = r.cell();
                rows.add(java.util.Arrays.asList(
                        r.label(),
                        c.organisations(),
                        c.shown() ? c.people() : null,
                        c.shown() ? c.meanExposure() : null,
                        c.shown() ? c.highShare() : null,
                        c.shown() ? c.automationShare() : null,
                        c.shown() ? c.augmentationShare() : null,
                        r.withheld() == null ? "" : r.withheld(),
                        c.publishedAt() == null
                                ? ""
                                : c.publishedAt()
                                        .atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                                        .toLocalDate()
                                        .toString()));
            }
        }
        List<String> notes = List.of(
                messages.getMessage("exposure.privacy", new Object[] {table.k()}, locale),
                text("exposure.note.people", locale),
                text("exposure.note.mean", locale),
                text("exposure.note.shares", locale),
                text("exposure.note.potential", locale),
                messages.getMessage("exposure.note.versions", new Object[] {table.k()}, locale),
                text("techimpact.source", locale));
        String title = messages.getMessage("exposure.title", new Object[] {network.name()}, locale);
        ExportTable export = new ExportTable(
                        "network-role-exposure",
                        title,
                        List.of(
                                text("exposure.col.group", locale),
                                text("exposure.col.organisations", locale),
                                text("exposure.col.people", locale),
                                text("exposure.col.mean", locale),
                                text("exposure.col.high", locale) + " (%)",
                                text("exposure.col.automation", locale) + " (%)",
                                text("exposure.col.augmentation", locale) + " (%)",
                                text("exposure.col.withheld", locale),
                                text("exposure.col.date", locale)),
                        rows,
                        notes)
                .withDecimals(null, null, 0, 3, 1, 1, 1, null, null);
        if ("pdf".equalsIgnoreCase(format == null ? "" : format.strip())) {
            return Exports.page(new ExportPage("network-role-exposure", title, List.of(), List.of(export)));
        }
        return Exports.table(export, format);
    }

    private Map<String, List<Row>> groups(RoleExposures.TableView table, Locale locale) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        groups.put("ALL", new ArrayList<>());
        groups.put("MAJOR_GROUP", new ArrayList<>());
        groups.put("GRADIENT", new ArrayList<>());
        boolean nl = !"en".equals(locale.getLanguage());
        for (RoleExposures.CellView c : table.cells()) {
            String label =
                    switch (c.kind()) {
                        case "ALL" -> text("exposure.row.all", locale);
                        case "MAJOR_GROUP" ->
                            c.code() + " "
                                    + occupations
                                            .group(c.code())
                                            .map(g -> nl ? g.titleNl() : g.titleEn())
                                            .orElse("");
                        default -> text("techimpact.gradient." + c.code(), locale);
                    };
            String withheld = c.shown()
                    ? null
                    : messages.getMessage(
                            "benchmark.suppressed.row." + c.suppression().toLowerCase(Locale.ROOT),
                            new Object[] {c.organisations()},
                            locale);
            groups.get(c.kind()).add(new Row(label, c, withheld));
        }
        return groups;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
