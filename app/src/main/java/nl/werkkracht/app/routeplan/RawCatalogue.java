package nl.werkkracht.app.routeplan;

import java.util.List;

/**
 * The route-plan catalogue file as written (YAML), before validation; see {@code catalogue.yaml} next to
 * this class on the class path. Mapped to the core {@link nl.werkkracht.core.routeplan.Catalogue} by
 * {@link CatalogueFile}.
 */
record RawCatalogue(Integer version, RawGuard guard, List<RawIntervention> interventions) {

    record RawGuard(Double lowScore, Double absenteeismHigh) {}

    /** A text in Dutch ({@code nl}) and English ({@code en}). */
    record RawText(String nl, String en) {}

    /** Conditions as text: all must hold, and at least one of any (when given). */
    record RawWhen(List<String> all, List<String> any) {}

    record RawEffects(Integer autonomy, Integer health, Integer development, Integer productivity) {}

    record RawIntervention(
            String id,
            String route,
            RawText title,
            RawText rationale,
            String source,
            RawWhen when,
            List<String> prerequisites,
            RawEffects effects,
            List<String> indicators) {}
}
