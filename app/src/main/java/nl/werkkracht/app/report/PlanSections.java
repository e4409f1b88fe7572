package nl.werkkracht.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.werkkracht.app.report.ReportView.Basis;
import nl.werkkracht.app.report.ReportView.ChosenRow;
import nl.werkkracht.app.report.ReportView.Note;
import nl.werkkracht.app.report.ReportView.ProposedRow;
import nl.werkkracht.app.report.ReportView.RoutePlanSection;
import nl.werkkracht.app.report.ReportView.StreamRow;
import nl.werkkracht.app.report.ReportView.ValueStreamSection;
import nl.werkkracht.app.routeplan.GeneratedFrom;
import nl.werkkracht.app.routeplan.RoutePlanView;
import nl.werkkracht.app.routeplan.RoutePlanView.ChoiceView;
import nl.werkkracht.app.valuestream.ValueStreamView;

/** The report's sections on what to do: value-stream findings (METHODS.md §12) and the route plan (§13). */
final class PlanSections {

    /** How many proposals the report shows; the route-plan page has them all. */
    static final int SUMMARY = 5;

    private final ReportText text;

    PlanSections(ReportText text) {
        this.text = text;
    }

    ValueStreamSection valueStreams(List<ValueStreamView> streams) {
        if (streams.isEmpty()) {
            return new ValueStreamSection(false, List.of(), new Basis(null, List.of(text.note("valueStreams.none"))));
        }
        List<StreamRow> rows = streams.stream().map(this::row).toList();
        List<Note> missing = new ArrayList<>();
        Double perHour = streams.get(0).valueAddedPerHour();
        if (perHour == null) {
            missing.add(text.note("valueStreams.noEuro"));
        }
        String basedOn = perHour == null
                ? text.get("report.basis.valueStreams", streams.size())
                : text.get("report.basis.valueStreams.euro", streams.size(), text.euroCents(perHour));
        return new ValueStreamSection(true, rows, new Basis(basedOn, missing));
    }

    private StreamRow row(ValueStreamView v) {
        List<Map.Entry<String, Double>> waste = v.wasteTypesPresent();
        Map.Entry<String, Double> biggest = waste.isEmpty() ? null : waste.get(0);
        return new StreamRow(
                v.id(),
                v.name(),
                v.volumePerYear(),
                v.leadTimeMinutes(),
                v.processCycleEfficiency(),
                v.handovers(),
                v.registrationShare(),
                v.improvementHoursPerYear(),
                v.improvementEuroPerYear(),
                biggest == null ? null : biggest.getKey(),
                biggest == null ? null : text.getOr("valuestream.waste." + biggest.getKey(), biggest.getKey()),
                biggest == null ? null : biggest.getValue());
    }

    /**
     * The proposed interventions with why, and the chosen ones with owner and start date.
     *
     * @param link the route-plan page
     */
    RoutePlanSection routePlan(RoutePlanView plan, String link) {
        List<Note> missing = new ArrayList<>();
        plan.measureFirst().forEach(m -> missing.add(new Note("routePlan.measure." + m.source(), m.text())));
        List<ProposedRow> proposed = plan.proposed().stream()
                .limit(SUMMARY)
                .map(p -> new ProposedRow(
                        p.rank(), p.id(), p.route(), routeName(p.route()), p.title(), p.why(), p.source()))
                .toList();
        List<ChosenRow> chosen = Stream.of(
                        plan.proposed().stream().map(p -> chosen(p.id(), p.title(), p.route(), p.choice())),
                        plan.later().stream().map(p -> chosen(p.id(), p.title(), p.route(), p.choice())),
                        plan.otherChoices().stream().map(p -> chosen(p.id(), p.title(), p.route(), p.choice())))
                .flatMap(s -> s)
                .filter(c -> c != null)
                .toList();
        if (!plan.noData() && chosen.isEmpty()) {
            missing.add(text.note("routePlan.noneChosen"));
        }
        return new RoutePlanSection(
                !plan.noData(),
                plan.laggingNote(),
                proposed,
                plan.proposed().size(),
                chosen,
                link,
                new Basis(basedOn(plan), missing));
    }

    private ChosenRow chosen(String id, String title, String route, ChoiceView choice) {
        if (choice == null || !choice.chosen()) {
            return null;
        }
        return new ChosenRow(id, title, routeName(route), choice.owner(), choice.startDate());
    }

    private String basedOn(RoutePlanView plan) {
        GeneratedFrom from = plan.generatedFrom();
        if (plan.noData() || from == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (from.scan() != null) {
            parts.add(text.get("report.basis.routePlan.scan", from.scan().responses()));
        }
        if (from.financials() != null) {
            parts.add(text.get(
                    "report.basis.routePlan.financials",
                    String.valueOf(from.financials().year())));
        }
        if (from.valueStreams() != null) {
            parts.add(text.get(
                    "report.basis.routePlan.valueStreams", from.valueStreams().count()));
        }
        return text.get("report.basis.routePlan", String.join(", ", parts), plan.catalogueVersion());
    }

    private String routeName(String route) {
        return text.getOr("report.route." + route, route);
    }
}
