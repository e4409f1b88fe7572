package nl.werkkracht.app.organisation;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The figures page of an organisation: a form per year, the results table against the sector, exports. */
@Controller
class FinancialsPages {

    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final MessageSource messages;

    FinancialsPages(
            OrganisationAccess access, OrganisationService organisations, AuditLog audit, MessageSource messages) {
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/organisations/{id}/financials")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            Authentication auth,
            Model model,
            Locale locale) {
        Organisation o = access.require(auth, id);
        audit.record(access.username(auth), id, "financials.viewed", "page");
        List<FinancialsView> years = organisations.financials(id);
        model.addAttribute("organisation", organisations.view(o, locale));
        model.addAttribute("years", years);
        model.addAttribute("sectorNotes", sectorNotes(years, locale));
        if (!model.containsAttribute("form")) {
            int y = year != null ? year : Year.now().getValue() - 1;
            FinancialsForm form = years.stream()
                    .filter(f -> f.year() == y)
                    .findFirst()
                    .map(f -> FinancialsForm.of(f, locale))
                    .orElse(FinancialsForm.empty(y));
            model.addAttribute("form", form);
        }
        return "organisation/financials";
    }

    @PostMapping("/organisations/{id}/financials")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") FinancialsForm form,
            Authentication auth,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.require(auth, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Integer> year = form.yearNumber();
        if (year.isEmpty()) {
            problems.add(new FieldProblem("year", "must be a year between 1990 and 2100"));
        }
        FinancialsInput input = form.input(problems);
        try {
            if (!problems.isEmpty()) {
                // the numbers that could not be read are named; check the others too, so that a form shows
                // everything at once
                problems.addAll(otherProblems(input, year.orElse(2000), problems));
                throw new InvalidInputException(problems);
            }
            FinancialsView saved = organisations.putFinancials(id, year.get(), input, access.username(auth));
            redirect.addFlashAttribute("notice", "financials.saved");
            redirect.addFlashAttribute("warnings", warnings(saved, locale));
            return "redirect:/organisations/" + id + "/financials?year=" + saved.year();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FinancialsForm.asTyped(e.problems()));
            return page(id, year.orElse(null), auth, model, locale);
        }
    }

    /** What else is wrong with the numbers that could be read, leaving out the fields already named. */
    private static List<FieldProblem> otherProblems(FinancialsInput input, int year, List<FieldProblem> named) {
        try {
            input.toFigures(year);
            return List.of();
        } catch (InvalidInputException e) {
            var namedFields = named.stream().map(FieldProblem::field).toList();
            return FinancialsForm.asTyped(e.problems()).stream()
                    .filter(p -> !namedFields.contains(p.field()))
                    .toList();
        }
    }

    private static final java.util.regex.Pattern NOT_LOADED =
            java.util.regex.Pattern.compile("dataset (\\S+) is not loaded, so there is no sector figure");
    private static final java.util.regex.Pattern UNKNOWN_SECTOR =
            java.util.regex.Pattern.compile("sector (\\S+) is not in the code list");
    private static final java.util.regex.Pattern NO_FIGURES = java.util.regex.Pattern.compile(
            "dataset (\\S+) publishes no value added and hours worked for sector (\\S+) in (\\d+)\u2013(\\d+)");

    /** Why a year has no sector figure, in the user's language ({@link SectorReference}'s reasons). */
    private java.util.Map<Integer, String> sectorNotes(List<FinancialsView> years, Locale locale) {
        java.util.Map<Integer, String> notes = new java.util.HashMap<>();
        for (FinancialsView f : years) {
            if (f.sectorNote() == null) {
                continue;
            }
            String note = f.sectorNote();
            java.util.regex.Matcher m;
            if ((m = NOT_LOADED.matcher(note)).matches()) {
                note = messages.getMessage("financials.note.notLoaded", new Object[] {m.group(1)}, note, locale);
            } else if ((m = UNKNOWN_SECTOR.matcher(note)).matches()) {
                note = messages.getMessage("financials.note.unknownSector", new Object[] {m.group(1)}, note, locale);
            } else if ((m = NO_FIGURES.matcher(note)).matches()) {
                note = messages.getMessage(
                        "financials.note.noFigures",
                        new Object[] {m.group(1), m.group(2), m.group(3), m.group(4)},
                        note,
                        locale);
            }
            notes.put(f.year(), note);
        }
        return notes;
    }

    /** The plausibility warnings of saved figures, in the user's language. */
    private List<String> warnings(FinancialsView saved, Locale locale) {
        List<String> warnings = new ArrayList<>();
        if (saved.valueAdded() <= 0) {
            warnings.add(text("financials.warning.valueAdded", locale));
        }
        if (saved.sector() != null && saved.sector().implausible()) {
            warnings.add(messages.getMessage(
                    "financials.warning.implausible",
                    new Object[] {saved.sector().ratio()},
                    "value added per hour is far from the sector's figure",
                    locale));
        }
        return warnings;
    }

    @GetMapping("/organisations/{id}/financials/export")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format,
            Authentication auth,
            Locale locale) {
        access.require(auth, id);
        audit.record(access.username(auth), id, "financials.exported", format);
        return Exports.table(table(id, organisations.financials(id), locale), format);
    }

    private ExportTable table(long id, List<FinancialsView> years, Locale locale) {
        List<String> columns = List.of(
                text("financials.col.year", locale),
                text("financials.col.valueAdded", locale),
                text("financials.col.hours", locale),
                text("financials.col.perHour", locale),
                text("financials.col.perFte", locale),
                text("financials.col.sector", locale),
                text("financials.col.ratio", locale));
        List<List<Object>> rows = years.stream()
                .map(f -> java.util.Arrays.<Object>asList(
                        f.year(),
                        f.valueAdded(),
                        f.hours(),
                        f.valueAddedPerHour(),
                        f.valueAddedPerFte(),
                        f.sector() == null ? null : f.sector().value(),
                        f.sector() == null ? null : f.sector().ratio()))
                .toList();
        return new ExportTable(
                        "organisation-" + id + "-figures",
                        text("financials.title", locale),
                        columns,
                        rows,
                        List.of(text("financials.note.units", locale), text("financials.export.note", locale)))
                // as the page shows them: whole euros and hours, euros with cents per hour, the ratio in hundredths
                .withDecimals(0, 0, 0, 2, 0, 2, 2);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
