package nl.werkkracht.app.routeplan;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.app.routeplan.RoutePlanView.ChoiceView;
import nl.werkkracht.core.routeplan.Catalogue;
import nl.werkkracht.core.routeplan.RoutePlan;
import nl.werkkracht.core.routeplan.RoutePlanner;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.routeplan.RouteChoice;
import nl.werkkracht.store.routeplan.RouteChoiceStore;
import org.springframework.context.MessageSource;

/**
 * Route plans (METHODS.md §13): generated every time from the organisation's latest data and the
 * catalogue, with the choices the organisation recorded. The service trusts the organisation id it is
 * given; callers check access first ({@code OrganisationAccess.require}). The methods that take a
 * username record an audit event; {@link #plan(long, Locale)} does not, so that the report can record its
 * own.
 */
public final class RoutePlanService {

    private final RoutePlanner planner;
    private final RoutePlanInputs inputs;
    private final RouteChoiceStore choices;
    private final OrganisationStore organisations;
    private final AuditLog audit;
    private final MessageSource messages;

    RoutePlanService(
            RoutePlanner planner,
            RoutePlanInputs inputs,
            RouteChoiceStore choices,
            OrganisationStore organisations,
            AuditLog audit,
            MessageSource messages) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The catalogue plans are generated from. */
    public Catalogue catalogue() {
        return planner.catalogue();
    }

    /**
     * The organisation's route plan in {@code locale}'s language (Dutch unless English); records no audit
     * event.
     *
     * @throws OrganisationNotFoundException when there is no such organisation
     */
    public RoutePlanView plan(long organisationId, Locale locale) {
        Organisation organisation = organisations
                .find(organisationId)
                .orElseThrow(() -> new OrganisationNotFoundException("organisation " + organisationId));
        RoutePlanInputs.Gathered gathered = inputs.gather(organisation);
        RoutePlan plan = planner.plan(gathered.input());
        Map<String, RouteChoice> byId = new LinkedHashMap<>();
        choices.choices(organisationId).forEach(c -> byId.put(c.interventionId(), c));
        return PlanViews.of(
                organisationId,
                plan,
                gathered,
                byId,
                planner.catalogue(),
                new RoutePlanText(messages, locale, gathered.sizeClass()));
    }

    /** The plan, recorded as viewed by {@code username}. */
    public RoutePlanView plan(long organisationId, Locale locale, String username) {
        RoutePlanView view = plan(organisationId, locale);
        audit.record(username, organisationId, "routeplan.viewed", "catalogue " + view.catalogueVersion());
        return view;
    }

    /**
     * Records the organisation's choice about one intervention, replacing an earlier one.
     *
     * @throws UnknownInterventionException when the catalogue has no such intervention
     * @throws nl.werkkracht.core.organisation.InvalidInputException naming the wrong fields
     * @throws OrganisationNotFoundException when there is no such organisation
     */
    public ChoiceView choose(long organisationId, String interventionId, ChoiceInput input, String username) {
        Objects.requireNonNull(input, "input");
        if (planner.catalogue().find(interventionId).isEmpty()) {
            throw new UnknownInterventionException(interventionId);
        }
        RouteChoice saved = choices.save(input.toChoice(organisationId, interventionId))
                .orElseThrow(() -> new OrganisationNotFoundException("organisation " + organisationId));
        audit.record(
                username,
                organisationId,
                "routeplan.choice.changed",
                interventionId + (saved.chosen() ? " chosen" : " not chosen"));
        return PlanViews.choice(saved);
    }
}
