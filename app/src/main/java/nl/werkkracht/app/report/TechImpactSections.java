package nl.werkkracht.app.report;

import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.report.ReportView.TechImpactAnalysis;
import nl.werkkracht.app.report.ReportView.TechImpactSection;
import nl.werkkracht.app.report.ReportView.TouchedRole;
import nl.werkkracht.app.techimpact.AnalysisView;

/**
 * The report's technology impact section (issue 13, METHODS.md §16): per analysis the roles it touches with
 * their exposure pattern, the hours that could be freed as a range with its assumptions (never a saving) and
 * the measures for the route plan. Roles hold the employer's own figures; no questionnaire result per role.
 */
final class TechImpactSections {

    private final ReportText text;
    private final boolean english;

    TechImpactSections(ReportText text, boolean english) {
        this.text = text;
        this.english = english;
    }

    TechImpactSection section(List<AnalysisView> analyses) {
        var items = new ArrayList<TechImpactAnalysis>();
        for (AnalysisView a : analyses) {
            List<TouchedRole> roles = a.affectedRoles().stream()
                    .map(r -> new TouchedRole(
                            r.role(),
                            r.pattern(),
                            text.get("techimpact.pattern." + r.pattern()),
                            r.mean(),
                            r.hoursConcerned()))
                    .toList();
            List<String> measures = a.consequences().stream()
                    .map(c -> text.get("techimpact.consequence." + c.kind())
                            + (c.role() == null ? "" : " (" + c.role() + ")"))
                    .toList();
            items.add(new TechImpactAnalysis(
                    a.id(),
                    english ? a.applicationNameEn() : a.applicationNameNl(),
                    roles,
                    a.potentialLow(),
                    a.potentialHigh(),
                    text.get(
                            "report.techImpact.potential",
                            text.number(a.potentialLow(), 0),
                            text.number(a.potentialHigh(), 0)),
                    text.get(
                            "techimpact.potential.assumptions",
                            text.percent(a.realisationLow()),
                            text.percent(a.realisationHigh()),
                            text.percent(a.otherCapability())),
                    measures));
        }
        return new TechImpactSection(
                items,
                items.isEmpty() ? text.get("report.techImpact.none") : null,
                items.isEmpty() ? null : text.get("techimpact.potential.notSaved"));
    }
}
