package nl.werkkracht.app.techimpact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportTable;
import org.springframework.context.MessageSource;

/** The exports of a technology impact analysis: the roles table (CSV, XLSX) and the page (PDF). */
final class TechImpactTables {

    private final MessageSource messages;
    private final Locale locale;

    TechImpactTables(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    ExportTable roles(String organisation, AnalysisView a) {
        var rows = new ArrayList<List<Object>>();
        for (AnalysisView.RoleImpactView r : a.roles()) {
            rows.add(java.util.Arrays.asList(
                    r.role(),
                    r.people(),
                    r.hoursPerYear(),
                    r.isco() + " " + r.occupationTitle(),
                    text("techimpact.gradient." + r.gradient()),
                    r.mean(),
                    r.spread(),
                    100 * r.exposedShare(),
                    text("techimpact.pattern." + r.pattern()),
                    100 * r.touchedShare(),
                    r.hoursConcerned(),
                    r.stepHours(),
                    r.potentialLow(),
                    r.potentialHigh()));
        }
        var columns = new ArrayList<String>();
        for (String c : List.of(
                "role",
                "people",
                "hours",
                "occupation",
                "gradient",
                "mean",
                "spread",
                "exposedShare",
                "pattern",
                "touchedShare",
                "hoursConcerned",
                "stepHours",
                "potentialLow",
                "potentialHigh")) {
            columns.add(text("techimpact.col." + c));
        }
        return new ExportTable(
                        "technology-impact-" + a.id(),
                        text("techimpact.export.title", name(a), organisation),
                        columns,
                        rows,
                        notes(a))
                .withDecimals(null, 0, 0, null, null, 2, 2, 0, null, 0, 0, 0, 0, 0);
    }

    ExportPage page(String organisation, AnalysisView a) {
        var lines = new ArrayList<String>();
        lines.add(text("techimpact.export.example"));
        for (AnalysisView.ConsequenceView c : a.consequences()) {
            lines.add(text("techimpact.consequence." + c.kind()) + (c.role() == null ? "" : " — " + c.role()) + ": "
                    + text("techimpact.rule." + c.rule(), String.join(", ", c.roles())));
        }
        for (AnalysisView.LearningView l : a.learning()) {
            lines.add(text(
                    "techimpact.learning.line",
                    l.role(),
                    l.owner() == null ? "–" : l.owner(),
                    l.start() == null ? "–" : l.start().toString(),
                    l.end() == null ? "–" : l.end().toString()));
            if (l.done() != null) {
                lines.add(
                        text("techimpact.learning.doneLine", l.role(), l.done().toString()));
            }
        }
        if (a.answerProducts() != null) {
            lines.add(text("techimpact.tim.products") + " " + a.answerProducts());
        }
        if (a.answerProcess() != null) {
            lines.add(text("techimpact.tim.process") + " " + a.answerProcess());
        }
        if (a.answerSkills() != null) {
            lines.add(text("techimpact.tim.skills") + " " + a.answerSkills());
        }
        lines.add(text("techimpact.jcurve"));
        return new ExportPage(
                "technology-impact-" + a.id(),
                text("techimpact.export.title", name(a), organisation),
                lines,
                List.of(roles(organisation, a)));
    }

    private List<String> notes(AnalysisView a) {
        return List.of(
                text("techimpact.source"),
                text(
                        "techimpact.potential.assumptions",
                        pct(a.realisationLow()),
                        pct(a.realisationHigh()),
                        pct(a.otherCapability())),
                text("techimpact.potential.notSaved"));
    }

    private String name(AnalysisView a) {
        return locale.getLanguage().equals("en") ? a.applicationNameEn() : a.applicationNameNl();
    }

    private static String pct(double share) {
        return Math.round(share * 100) + " %";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
