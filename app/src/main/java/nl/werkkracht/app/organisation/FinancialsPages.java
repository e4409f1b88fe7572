package nl.werkkracht.app.organisation;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.export.Exports;
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

    /**
     * The form as people fill it in: rates in percent (5 for 5 %), converted to the API's fractions.
     */
    public record FinancialsForm(
            Integer year,
            Double revenue,
            Double purchases,
            Double otherIntermediateCosts,
            Double inventoryChange,
            Double hoursWorked,
            Double fte,
            Double contractHoursPerWeek,
            Double leaveHoursPerFte,
            Double absencePercent,
            Double hiredHours,
            Double hiredLabourCost,
            Double turnoverPercent) {

        FinancialsInput input() {
            return new FinancialsInput(
                    revenue,
                    purchases,
                    otherIntermediateCosts,
                    inventoryChange,
                    hoursWorked,
                    fte,
                    contractHoursPerWeek,
                    leaveHoursPerFte,
                    absencePercent == null ? null : absencePercent / 100,
                    hiredHours,
                    hiredLabourCost,
                    turnoverPercent == null ? null : turnoverPercent / 100);
        }

        /** The values by field name, for the form's template (missing values are absent). */
        public java.util.Map<String, Object> values() {
            var m = new java.util.HashMap<String, Object>();
            m.put("year", year);
            m.put("revenue", revenue);
            m.put("purchases", purchases);
            m.put("otherIntermediateCosts", otherIntermediateCosts);
            m.put("inventoryChange", inventoryChange);
            m.put("hoursWorked", hoursWorked);
            m.put("fte", fte);
            m.put("contractHoursPerWeek", contractHoursPerWeek);
            m.put("leaveHoursPerFte", leaveHoursPerFte);
            m.put("absencePercent", absencePercent);
            m.put("hiredHours", hiredHours);
            m.put("hiredLabourCost", hiredLabourCost);
            m.put("turnoverPercent", turnoverPercent);
            m.values().removeIf(java.util.Objects::isNull);
            m.replaceAll((k, v) -> v instanceof Double d
                    ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : v);
            return m;
        }

        static FinancialsForm of(FinancialsView v) {
            FinancialsInput i = v.input();
            return new FinancialsForm(
                    v.year(),
                    i.revenue(),
                    i.purchases(),
                    i.otherIntermediateCosts(),
                    i.inventoryChange(),
                    i.hoursWorked(),
                    i.fte(),
                    i.contractHoursPerWeek(),
                    i.leaveHoursPerFte(),
                    i.absenceRate() == null ? null : i.absenceRate() * 100,
                    i.hiredHours(),
                    i.hiredLabourCost(),
                    i.turnoverRate() == null ? null : i.turnoverRate() * 100);
        }
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
        if (!model.containsAttribute("form")) {
            int y = year != null ? year : Year.now().getValue() - 1;
            FinancialsForm form = years.stream()
                    .filter(f -> f.year() == y)
                    .findFirst()
                    .map(FinancialsForm::of)
                    .orElse(new FinancialsForm(
                            y, null, null, null, null, null, null, null, null, null, null, null, null));
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
        try {
            if (form.year() == null) {
                throw new InvalidInputException(
                        List.of(new nl.werkkracht.core.organisation.FieldProblem("year", "is required")));
            }
            FinancialsView saved = organisations.putFinancials(id, form.year(), form.input(), access.username(auth));
            redirect.addFlashAttribute("notice", "financials.saved");
            redirect.addFlashAttribute("warnings", saved.warnings());
            return "redirect:/organisations/" + id + "/financials?year=" + saved.year();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems());
            return page(id, form.year(), auth, model, locale);
        }
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
                List.of(text("financials.export.note", locale)));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
