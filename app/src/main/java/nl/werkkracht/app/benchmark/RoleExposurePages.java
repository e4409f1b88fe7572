package nl.werkkracht.app.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.occupation.OccupationIndex;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
        model.addAttribute("network", network);
        model.addAttribute("k", table.k());
        model.addAttribute("groups", groups);
        model.addAttribute("empty", table.cells().isEmpty());
        return "benchmark/exposure";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
