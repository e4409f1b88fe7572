package nl.werkkracht.app.report;

import static nl.werkkracht.app.report.ReportPdf.row;
import static nl.werkkracht.app.report.ReportPdf.table;

import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.report.ReportView.ChosenRow;
import nl.werkkracht.app.report.ReportView.JobQualitySection;
import nl.werkkracht.app.report.ReportView.PillarScore;
import nl.werkkracht.app.report.ReportView.ProductivitySection;
import nl.werkkracht.app.report.ReportView.RoutePlanSection;
import nl.werkkracht.app.report.ReportView.ScaleRow;
import nl.werkkracht.app.report.ReportView.StreamRow;
import nl.werkkracht.app.report.ReportView.TeamPillars;
import nl.werkkracht.app.report.ReportView.TopSection;
import nl.werkkracht.app.report.ReportView.ValueStreamSection;
import nl.werkkracht.app.report.ReportView.YearRow;

/**
 * The report's tables for the PDF, in one language. Years are text (so they are not grouped like
 * numbers), scores and percentages whole numbers, euro per hour with cents; a missing value is null ("–").
 */
final class ReportTables {

    private final ReportText text;

    ReportTables(ReportText text) {
        this.text = text;
    }

    ExportTable keyFigures(ReportView r) {
        String none = text.get("report.figure.none");
        List<List<Object>> rows = new ArrayList<>();
        YearRow latest = r.productivity().years().isEmpty()
                ? null
                : r.productivity().years().get(r.productivity().years().size() - 1);
        rows.add(row(
                text.get("report.figure.perHour"),
                latest == null ? none : text.euroCents(latest.valueAddedPerHour()) + " (" + latest.year() + ")"));
        rows.add(row(
                text.get("report.figure.ratio"),
                r.quadrant().productivityRatio() == null
                        ? none
                        : text.percent(r.quadrant().productivityRatio())));
        rows.add(row(
                text.get("report.figure.jobQuality"),
                r.quadrant().jobQualityIndex() == null
                        ? none
                        : text.number(r.quadrant().jobQualityIndex(), 0)));
        rows.add(row(
                text.get("report.figure.gap"),
                r.top().balanceGap() == null ? none : text.number(r.top().balanceGap(), 0)));
        rows.add(row(
                text.get("report.figure.quadrant"),
                r.quadrant().quadrantName() == null ? none : r.quadrant().quadrantName()));
        double hours = r.valueStreams().totalImprovementHoursPerYear();
        rows.add(row(
                text.get("report.figure.improvement"),
                r.valueStreams().available()
                        ? text.get("report.figure.improvement.unit", text.number(hours, 0))
                        : none));
        return table(
                "key-figures",
                "",
                List.of(text.get("report.quadrant.col.measure"), text.get("report.quadrant.col.value")),
                rows);
    }

    ExportTable productivity(ProductivitySection p) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (YearRow y : p.years()) {
            rows.add(row(
                    y.hoursDerived() ? y.year() + " (" + text.get("report.derived") + ")" : String.valueOf(y.year()),
                    Math.round(y.valueAdded()),
                    Math.round(y.hours()),
                    y.valueAddedPerHour(),
                    y.valueAddedPerFte() == null ? null : Math.round(y.valueAddedPerFte()),
                    y.sector() == null ? null : y.sector().value(),
                    y.sector() == null ? null : Math.round(100 * y.sector().ratio())));
            if (y.sector() != null) {
                notes.add(text.get(
                        "report.productivity.sourceNote",
                        String.valueOf(y.year()),
                        y.sector().source(),
                        String.valueOf(y.sector().statisticYear()),
                        text.get(
                                y.sector().priceCorrected()
                                        ? "report.productivity.corrected"
                                        : "report.productivity.notCorrected")));
            }
        }
        return new ExportTable(
                "productivity",
                text.get("report.productivity.caption"),
                List.of(
                        text.get("report.col.year"),
                        text.get("report.col.valueAdded") + " (€)",
                        text.get("report.col.hours"),
                        text.get("report.col.perHour") + " (€)",
                        text.get("report.col.perFte") + " (€)",
                        text.get("report.col.sector") + " (€)",
                        text.get("report.col.ratio") + " (%)"),
                rows,
                notes);
    }

    ExportTable topTable(TopSection t) {
        List<String> columns =
                new ArrayList<>(List.of(text.get("report.top.col.pillar"), text.get("report.top.col.all")));
        t.teams().forEach(team -> columns.add(team.team() + " (n = " + team.n() + ")"));
        List<List<Object>> rows = new ArrayList<>();
        for (PillarScore p : t.pillars()) {
            List<Object> cells = new ArrayList<>(row(p.name(), p.score()));
            for (TeamPillars team : t.teams()) {
                cells.add(team.pillars().get(p.pillar()));
            }
            rows.add(cells);
        }
        return table("top", text.get("report.top.caption"), columns, rows);
    }

    ExportTable jobQuality(JobQualitySection j) {
        List<String> columns =
                new ArrayList<>(List.of(text.get("report.jobQuality.col.scale"), text.get("report.top.col.all")));
        columns.addAll(j.teams());
        List<List<Object>> rows = new ArrayList<>();
        for (ScaleRow s : j.scales()) {
            List<Object> cells = new ArrayList<>(row(s.name(), s.all()));
            for (String team : j.teams()) {
                cells.add(s.teams().get(team));
            }
            rows.add(cells);
        }
        return table("job-quality", text.get("report.jobQuality.caption"), columns, rows);
    }

    /** One small table per value stream (key figure, value): eight figures side by side do not fit A4. */
    List<ExportTable> valueStreams(ValueStreamSection v) {
        return v.streams().stream().map(this::valueStream).toList();
    }

    private ExportTable valueStream(StreamRow s) {
        String none = "–";
        List<List<Object>> rows = List.of(
                row(text.get("report.col.leadTime"), text.number(s.leadTimeMinutes() / 60.0, 1)),
                row(
                        text.get("report.col.pce"),
                        s.processCycleEfficiency() == null ? none : text.percent(s.processCycleEfficiency(), 1)),
                row(text.get("report.col.handovers"), String.valueOf(s.handovers())),
                row(
                        text.get("report.col.registration"),
                        s.registrationShare() == null ? none : text.percent(s.registrationShare(), 0)),
                row(text.get("report.col.improvementHours"), text.number(s.improvementHoursPerYear(), 0)),
                row(
                        text.get("report.col.improvementEuro"),
                        s.improvementEuroPerYear() == null ? none : text.euro(s.improvementEuroPerYear())),
                row(
                        text.get("report.col.biggestWaste"),
                        s.biggestWasteName() == null
                                ? none
                                : s.biggestWasteName() + " (" + text.number(s.biggestWasteMinutes(), 0) + " min)"));
        return table(
                "value-stream-" + s.id(),
                s.name(),
                List.of(text.get("report.quadrant.col.measure"), text.get("report.quadrant.col.value")),
                rows);
    }

    ExportTable chosen(RoutePlanSection plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChosenRow c : plan.chosen()) {
            rows.add(row(
                    c.title(),
                    c.routeName(),
                    c.owner() == null ? text.get("report.routePlan.nobody") : c.owner(),
                    c.startDate() == null ? text.get("report.routePlan.noDate") : text.date(c.startDate())));
        }
        return table(
                "chosen",
                text.get("report.routePlan.chosen.caption"),
                List.of(
                        text.get("report.col.intervention"),
                        text.get("report.col.route"),
                        text.get("report.col.owner"),
                        text.get("report.col.start")),
                rows);
    }
}
