package nl.werkkracht.app.techimpact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.core.occupation.OccupationIndex;
import nl.werkkracht.core.techimpact.Assumptions;
import nl.werkkracht.core.techimpact.Consequence;
import nl.werkkracht.core.techimpact.Consequences;
import nl.werkkracht.core.techimpact.ImpactAnalysis;
import nl.werkkracht.core.techimpact.RoleInput;
import nl.werkkracht.core.techimpact.RoleStep;
import nl.werkkracht.core.techimpact.TaskShare;
import nl.werkkracht.core.techimpact.TechnologyApplication;
import nl.werkkracht.core.techimpact.TechnologyImpact;
import nl.werkkracht.core.techimpact.WorkRole;
import nl.werkkracht.core.techimpact.WorkRole.InvalidRoleException;
import nl.werkkracht.core.valuestream.Step;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.techimpact.LearningPlan;
import nl.werkkracht.store.techimpact.StoredAnalysis;
import nl.werkkracht.store.techimpact.StoredRole;
import nl.werkkracht.store.techimpact.TechnologyImpactStore;
import nl.werkkracht.store.techimpact.TechnologyImpactStore.Saved;
import nl.werkkracht.store.valuestream.StoredValueStream;
import nl.werkkracht.store.valuestream.ValueStreamStore;

/**
 * The roles of an organisation and its technology impact analyses (issue 13, METHODS.md §16). Callers have
 * checked access with {@code OrganisationAccess}; an id of another organisation is "not found". Roles hold
 * the employer's own figures, never employees' answers: no questionnaire result is shown per role (§10).
 */
public final class TechImpactService {

    private final TechnologyImpactStore store;
    private final ValueStreamStore streams;
    private final OccupationIndex occupations;
    private final ApplicationCatalogue catalogue;
    private final AuditLog audit;

    TechImpactService(
            TechnologyImpactStore store,
            ValueStreamStore streams,
            OccupationIndex occupations,
            ApplicationCatalogue catalogue,
            AuditLog audit) {
        this.store = Objects.requireNonNull(store, "store");
        this.streams = Objects.requireNonNull(streams, "streams");
        this.occupations = Objects.requireNonNull(occupations, "occupations");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public ApplicationCatalogue catalogue() {
        return catalogue;
    }

    public OccupationIndex occupations() {
        return occupations;
    }

    /** The organisation's roles, by name. */
    public List<RoleView> roles(long organisationId) {
        return store.roles(organisationId).stream().map(this::view).toList();
    }

    public RoleView role(long organisationId, long roleId) {
        return store.role(organisationId, roleId).map(this::view).orElseThrow(() -> notFound("role " + roleId));
    }

    /**
     * Creates or replaces a role.
     *
     * @throws InvalidRoleException for an unknown occupation, a task it does not have, or a twin name
     */
    public RoleView saveRole(long organisationId, Optional<Long> roleId, WorkRole role, String username) {
        Occupation occupation = occupations
                .find(role.isco())
                .orElseThrow(() -> new InvalidRoleException("isco", "is not an ISCO-08 unit group of the ILO data"));
        for (TaskShare t : role.tasks()) {
            if (occupation.task(t.task()).isEmpty()) {
                throw new InvalidRoleException("tasks", "occupation " + role.isco() + " has no task " + t.task());
            }
        }
        TechnologyImpactStore.Result result = store.saveRole(organisationId, roleId, role);
        if (result.outcome() == Saved.DUPLICATE_NAME) {
            throw new InvalidRoleException("name", "is already the name of another role");
        }
        StoredRole stored = result.role()
                .orElseThrow(() -> notFound(roleId.map(i -> "role " + i).orElse("organisation")));
        audit.record(
                username,
                organisationId,
                roleId.isEmpty() ? "role.created" : "role.changed",
                "role " + stored.id() + " " + stored.role().name());
        return view(stored);
    }

    public void deleteRole(long organisationId, long roleId, String username) {
        if (!store.deleteRole(organisationId, roleId)) {
            throw notFound("role " + roleId);
        }
        audit.record(username, organisationId, "role.deleted", "role " + roleId);
    }

    /** The organisation's analyses, newest first, with their figures. */
    public List<AnalysisView> analyses(long organisationId) {
        List<StoredAnalysis> stored = store.analyses(organisationId);
        List<RoleInput> roles = roleInputs(organisationId);
        return stored.stream().map(a -> view(a, roles)).toList();
    }

    /** One analysis with its figures, recorded as viewed. */
    public AnalysisView analysis(long organisationId, long id, String username) {
        StoredAnalysis stored = store.analysis(organisationId, id).orElseThrow(() -> notFound("analysis " + id));
        audit.record(username, organisationId, "techimpact.viewed", "analysis " + id);
        return view(stored, roleInputs(organisationId));
    }

    /**
     * Creates or replaces an analysis.
     *
     * @throws InvalidRoleException (field {@code applicationId} or {@code taskTypes}) for an unknown application
     */
    public AnalysisView saveAnalysis(long organisationId, Optional<Long> id, AnalysisRequest request, String username) {
        String appId =
                request.applicationId() == null ? "" : request.applicationId().strip();
        List<String> types = request.taskTypes() == null ? List.of() : List.copyOf(request.taskTypes());
        if (!ApplicationCatalogue.OWN.equals(appId) && catalogue.find(appId).isEmpty()) {
            throw new InvalidRoleException("applicationId", "is not in the catalogue (nor 'own')");
        }
        if (ApplicationCatalogue.OWN.equals(appId)) {
            try {
                catalogue.own(request.description(), types);
            } catch (IllegalArgumentException e) {
                throw new InvalidRoleException("taskTypes", e.getMessage());
            }
        }
        StoredAnalysis stored = store.saveAnalysis(
                        organisationId,
                        id,
                        appId,
                        text(request.description(), 2000),
                        ApplicationCatalogue.OWN.equals(appId) ? types : List.of(),
                        text(request.answerProducts(), 4000),
                        text(request.answerProcess(), 4000),
                        text(request.answerSkills(), 4000))
                .orElseThrow(() -> notFound(id.map(i -> "analysis " + i).orElse("organisation")));
        audit.record(
                username,
                organisationId,
                id.isEmpty() ? "techimpact.created" : "techimpact.changed",
                "analysis " + stored.id());
        return view(stored, roleInputs(organisationId));
    }

    public void deleteAnalysis(long organisationId, long id, String username) {
        if (!store.deleteAnalysis(organisationId, id)) {
            throw notFound("analysis " + id);
        }
        audit.record(username, organisationId, "techimpact.deleted", "analysis " + id);
    }

    /**
     * Replaces the learning plans (owner, dates) of an analysis' touched roles.
     *
     * @throws OrganisationNotFoundException when the organisation has no such analysis
     */
    public void saveLearning(long organisationId, long id, List<LearningPlan> plans, String username) {
        if (!store.saveLearning(organisationId, id, plans)) {
            throw notFound("analysis " + id);
        }
        audit.record(username, organisationId, "techimpact.changed", "analysis " + id);
    }

    /** An analysis of a catalogue application that is not stored (a preview). */
    public ImpactAnalysis preview(long organisationId, TechnologyApplication application) {
        return TechnologyImpact.analyse(application, roleInputs(organisationId), Assumptions.DEFAULT);
    }

    private AnalysisView view(StoredAnalysis stored, List<RoleInput> roles) {
        TechnologyApplication application = ApplicationCatalogue.OWN.equals(stored.applicationId())
                ? catalogue.own(stored.description().orElse(null), stored.taskTypes())
                : catalogue.find(stored.applicationId()).orElseThrow();
        ImpactAnalysis analysis = TechnologyImpact.analyse(application, roles, Assumptions.DEFAULT);
        List<Consequence> consequences = Consequences.of(analysis);
        return AnalysisView.of(stored, analysis, consequences, store.learning(stored.organisationId(), stored.id()));
    }

    /** The organisation's roles with their occupations and the value-stream steps each performs. */
    List<RoleInput> roleInputs(long organisationId) {
        List<StoredValueStream> valueStreams = streams.list(organisationId);
        var inputs = new ArrayList<RoleInput>();
        for (StoredRole stored : store.roles(organisationId)) {
            WorkRole role = stored.role();
            Optional<Occupation> occupation = occupations.find(role.isco());
            if (occupation.isEmpty()) {
                continue; // not in the ILO data any more: the roles page shows it
            }
            String key = role.name().toLowerCase(Locale.ROOT);
            var steps = new ArrayList<RoleStep>();
            for (StoredValueStream vs : valueStreams) {
                for (Step s : vs.stream().steps()) {
                    if (s.role()
                            .map(r -> r.toLowerCase(Locale.ROOT).equals(key))
                            .orElse(false)) {
                        steps.add(new RoleStep(
                                vs.stream().name(),
                                s.name(),
                                s.processMinutes(),
                                vs.stream().volumePerYear(),
                                s.registration()));
                    }
                }
            }
            inputs.add(new RoleInput(
                    role.name(),
                    role.people(),
                    role.hoursPerYear(),
                    occupation.get(),
                    role.tasks(),
                    Optional.empty(),
                    steps));
        }
        return inputs;
    }

    private RoleView view(StoredRole stored) {
        WorkRole role = stored.role();
        Optional<Occupation> occupation = occupations.find(role.isco());
        var tasks = new ArrayList<RoleView.RoleTaskView>();
        occupation.ifPresent(o -> o.tasks()
                .forEach(t -> tasks.add(new RoleView.RoleTaskView(
                        t.number(),
                        t.text(),
                        t.score(),
                        role.tasks().stream()
                                .filter(s -> s.task() == t.number())
                                .mapToDouble(TaskShare::share)
                                .findFirst()
                                .orElse(0)))));
        return new RoleView(
                stored.id(),
                role.name(),
                role.people(),
                role.hoursPerYear(),
                role.isco(),
                occupation.map(Occupation::title).orElse(null),
                occupations
                        .dutchTitle(role.isco())
                        .or(() -> occupation
                                .flatMap(o -> occupations.group(o.subMajorGroup()))
                                .map(g -> g.titleNl()))
                        .orElse(null),
                occupation.map(o -> o.gradient().name()).orElse(null),
                tasks);
    }

    private static Optional<String> text(String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        return Optional.of(v.length() > max ? v.substring(0, max) : v);
    }

    private static OrganisationNotFoundException notFound(String what) {
        return new OrganisationNotFoundException(what);
    }
}
