package nl.werkkracht.app.routeplan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkkracht.app.routeplan.RoutePlanView.ChoiceView;
import nl.werkkracht.app.routeplan.RoutePlanView.EffectsView;
import nl.werkkracht.app.routeplan.RoutePlanView.ExcludedView;
import nl.werkkracht.app.routeplan.RoutePlanView.IndicatorView;
import nl.werkkracht.app.routeplan.RoutePlanView.LaterView;
import nl.werkkracht.app.routeplan.RoutePlanView.MeasureFirst;
import nl.werkkracht.app.routeplan.RoutePlanView.OtherChoiceView;
import nl.werkkracht.app.routeplan.RoutePlanView.ProposalView;
import nl.werkkracht.core.routeplan.Catalogue;
import nl.werkkracht.core.routeplan.Effects;
import nl.werkkracht.core.routeplan.Exclusion;
import nl.werkkracht.core.routeplan.Intervention;
import nl.werkkracht.core.routeplan.Postponed;
import nl.werkkracht.core.routeplan.Proposal;
import nl.werkkracht.core.routeplan.Route;
import nl.werkkracht.core.routeplan.RoutePlan;
import nl.werkkracht.store.routeplan.RouteChoice;

/** Turns a core {@link RoutePlan} and the organisation's choices into the {@link RoutePlanView} of one language. */
final class PlanViews {

    private PlanViews() {}

    static RoutePlanView of(
            long organisationId,
            RoutePlan plan,
            RoutePlanInputs.Gathered gathered,
            Map<String, RouteChoice> choices,
            Catalogue catalogue,
            RoutePlanText text) {
        List<ProposalView> proposed =
                plan.proposed().stream().map(p -> proposal(p, choices, text)).toList();
        List<LaterView> later =
                plan.later().stream().map(p -> later(p, choices, text)).toList();
        List<ExcludedView> excluded =
                plan.excluded().stream().map(e -> excluded(e, text)).toList();
        Set<String> inPlan = new HashSet<>();
        proposed.forEach(p -> inPlan.add(p.id()));
        later.forEach(p -> inPlan.add(p.id()));
        List<OtherChoiceView> others = choices.values().stream()
                .filter(c -> !inPlan.contains(c.interventionId()))
                .flatMap(c -> catalogue.find(c.interventionId()).stream()
                        .map(i -> new OtherChoiceView(
                                i.id(), i.route().name(), i.title().in(text.locale()), choice(c))))
                .toList();
        GeneratedFrom from = new GeneratedFrom(
                gathered.scan(),
                gathered.financials(),
                gathered.valueStreams(),
                gathered.sizeClass().orElse(null),
                plan.used().stream().sorted().map(Enum::name).toList(),
                plan.missing().stream().map(Enum::name).toList());
        return new RoutePlanView(
                organisationId,
                plan.catalogueVersion(),
                from,
                plan.noData(),
                plan.missing().stream()
                        .map(s -> new MeasureFirst(s.name(), text.measureFirst(s)))
                        .toList(),
                plan.laggingFirst().map(Enum::name).orElse(null),
                plan.laggingFirst()
                        .map(p -> text.message("routeplan.lagging", text.pillar(p), text.route(Route.of(p))))
                        .orElse(null),
                proposed,
                later,
                excluded,
                others);
    }

    private static ProposalView proposal(Proposal p, Map<String, RouteChoice> choices, RoutePlanText text) {
        Intervention i = p.intervention();
        return new ProposalView(
                i.id(),
                p.rank(),
                i.route().name(),
                i.title().in(text.locale()),
                i.rationale().in(text.locale()),
                i.source(),
                text.whys(p.why()),
                p.strengthens().isEmpty() ? List.of() : List.of(text.strengthens(p.strengthens())),
                cautions(p, text),
                p.prerequisites().stream().map(text::needed).toList(),
                i.indicators().stream()
                        .map(q -> new IndicatorView(q.id(), text.label(q)))
                        .toList(),
                effects(i.effects()),
                choice(choices.get(i.id())));
    }

    private static List<String> cautions(Proposal p, RoutePlanText text) {
        List<String> cautions = new java.util.ArrayList<>();
        if (!p.unmeasuredRisks().isEmpty()) {
            cautions.add(text.risk(p.unmeasuredRisks()));
        }
        if (!p.watch().isEmpty()) {
            cautions.add(text.watch(p.watch()));
        }
        return cautions;
    }

    private static LaterView later(Postponed p, Map<String, RouteChoice> choices, RoutePlanText text) {
        Intervention i = p.intervention();
        return new LaterView(
                i.id(),
                i.route().name(),
                i.title().in(text.locale()),
                i.rationale().in(text.locale()),
                i.source(),
                text.whys(p.why()),
                p.firstNeeded().stream().map(text::needed).toList(),
                choice(choices.get(i.id())));
    }

    private static ExcludedView excluded(Exclusion e, RoutePlanText text) {
        Intervention i = e.intervention();
        List<String> reasons = e.breaches().stream().map(text::breach).toList();
        return new ExcludedView(
                i.id(),
                i.route().name(),
                i.title().in(text.locale()),
                i.source(),
                reasons.stream().collect(Collectors.joining(" ")),
                reasons,
                text.whys(e.why()));
    }

    private static EffectsView effects(Effects e) {
        return new EffectsView(e.autonomy(), e.health(), e.development(), e.productivity());
    }

    static ChoiceView choice(RouteChoice c) {
        return c == null
                ? null
                : new ChoiceView(
                        c.chosen(),
                        c.owner().orElse(null),
                        c.startDate().orElse(null),
                        c.note().orElse(null),
                        c.updatedAt());
    }
}
