package nl.werkkracht.app.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.core.occupation.OccupationIndex;
import nl.werkkracht.core.techimpact.ExposureHistory;
import nl.werkkracht.core.techimpact.NetworkExposure;
import nl.werkkracht.core.techimpact.RoleImpact;
import nl.werkkracht.core.techimpact.RoleInput;
import nl.werkkracht.core.techimpact.TechnologyImpact;
import nl.werkkracht.core.techimpact.WorkRole;
import nl.werkkracht.store.db.DatabaseException;
import nl.werkkracht.store.network.Network;
import nl.werkkracht.store.network.NetworkStore;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.techimpact.ExposureVersionStore;
import nl.werkkracht.store.techimpact.StoredRole;
import nl.werkkracht.store.techimpact.TechnologyImpactStore;

/**
 * The exposure of a network's member roles to generative AI as disclosure-controlled aggregates (issue 13,
 * METHODS.md §9 and §16, ADR 0026), for its coordinators (a branch organisation, a regional service point)
 * and the members of its member organisations; to anyone else the network does not exist (404). Only
 * organisations that consented to share {@value #CONSENT} in the network contribute. The state is rebuilt and
 * published like the benchmark's ({@link PeerBenchmarks}): when the network store's version changed (join,
 * leave, consent) and otherwise after {@link PeerBenchmarks#TTL}.
 */
public final class RoleExposures {

    /** The consent id: the organisation shares the exposure of its roles in the network. */
    public static final String CONSENT = "role-exposure";

    private final NetworkStore networks;
    private final OrganisationStore organisations;
    private final TechnologyImpactStore roles;
    private final OccupationIndex occupations;
    private final ExposureVersionStore versions;
    private final DisclosureRule rule;
    private final Clock clock;
    private final Map<Long, Snapshot> cache = new ConcurrentHashMap<>();

    RoleExposures(
            NetworkStore networks,
            OrganisationStore organisations,
            TechnologyImpactStore roles,
            OccupationIndex occupations,
            ExposureVersionStore versions,
            DisclosureRule rule,
            Clock clock) {
        this.networks = networks;
        this.organisations = organisations;
        this.roles = roles;
        this.occupations = occupations;
        this.versions = versions;
        this.rule = rule;
        this.clock = clock;
    }

    private record Snapshot(long version, Instant builtAt, NetworkExposure state, ExposureHistory history) {}

    /**
     * One cell as the API shows it: suppressed cells carry a reason and a count band and no figure.
     *
     * @param cell {@code all}, {@code isco=2} or {@code gradient=GRADIENT_4}
     * @param organisations the organisations as a band ("5–9"), or "< 5" / "≥ 5" when suppressed
     * @param people people in the roles, rounded to tens
     * @param meanExposure hours-weighted mean ILO task score of the roles, 0–1, 3 significant digits
     * @param highShare percent of the people in roles with high exposure
     * @param publishedAt the version's date: an earlier version stays shown until enough organisations changed
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record CellView(
            String cell,
            String kind,
            String code,
            boolean shown,
            String suppression,
            String organisations,
            Long people,
            Double meanExposure,
            Double highShare,
            Double automationShare,
            Double augmentationShare,
            Instant publishedAt,
            int version) {}

    /**
     * The table with what its figures are.
     *
     * @param k the minimum number of organisations per cell
     * @param units what each figure measures (unit, labour measure, price basis)
     */
    public record TableView(long networkId, int k, Map<String, String> units, List<CellView> cells) {}

    private static final Map<String, String> UNITS = Map.of(
            "organisations", "organisations that consented to share role exposure, as a band",
            "people", "persons in the roles as the employers entered them, rounded to tens",
            "meanExposure", "ILO 2025 generative-AI task score (0-1) of the roles, weighted by hours worked per year",
            "highShare", "percent of the people in roles with high exposure (ADR 0023)",
            "automationShare", "percent of the people in roles with the automation pattern (ADR 0023)",
            "augmentationShare", "percent of the people in roles with the augmentation pattern (ADR 0023)",
            "priceBasis", "none: no amounts of money");

    /** The table as this user may see it; 404 when the user neither coordinates the network nor is in it. */
    public TableView table(long networkId, String username) {
        Network network =
                networks.find(networkId).orElseThrow(() -> new OrganisationNotFoundException("network " + networkId));
        if (!networks.isCoordinator(networkId, username) && !networks.isMemberUser(networkId, username)) {
            throw new OrganisationNotFoundException("network " + networkId);
        }
        Set<String> known = organisations.ofMember(username).stream()
                .map(o -> String.valueOf(o.id()))
                .collect(Collectors.toUnmodifiableSet());
        Snapshot s = snapshot(network);
        List<ExposureHistory.CellAnswer> answers;
        synchronized (s.history()) {
            answers = s.history().answer(s.state(), known);
        }
        List<CellView> cells = new ArrayList<>();
        for (ExposureHistory.CellAnswer a : answers) {
            Optional<NetworkExposure.Figures> f = a.figures();
            cells.add(new CellView(
                    a.cell().key(),
                    a.cell().kind().name(),
                    a.cell().code(),
                    a.shown(),
                    a.suppression().map(Enum::name).orElse(null),
                    a.organisations(),
                    f.map(NetworkExposure.Figures::people).orElse(null),
                    f.filter(x -> x.meanExposure().isPresent())
                            .map(x -> x.meanExposure().getAsDouble())
                            .orElse(null),
                    f.map(NetworkExposure.Figures::highShare).orElse(null),
                    f.map(NetworkExposure.Figures::automationShare).orElse(null),
                    f.map(NetworkExposure.Figures::augmentationShare).orElse(null),
                    a.publishedAt().orElse(null),
                    a.version()));
        }
        return new TableView(networkId, rule.k(), UNITS, cells);
    }

    /** Forgets the network's state, so that the next question rebuilds and republishes it. */
    /** The organisation's own parts in published versions, for its data export; nothing of others. */
    public List<ExposureVersionStore.StoredPart> partsOf(long organisationId) {
        return versions.partsOf(organisationId);
    }

    void evict(long networkId) {
        cache.remove(networkId);
    }

    private Snapshot snapshot(Network network) {
        long version = networks.version();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
        Snapshot s = cache.get(network.id());
        if (s == null || s.version() != version || now.isAfter(s.builtAt().plus(PeerBenchmarks.TTL))) {
            s = build(network.id(), version, now);
            cache.put(network.id(), s);
        }
        return s;
    }

    private Snapshot build(long networkId, long version, Instant now) {
        List<NetworkExposure.MemberRole> memberRoles = new ArrayList<>();
        for (long org : networks.consenting(networkId, CONSENT)) {
            for (StoredRole stored : roles.roles(org)) {
                WorkRole role = stored.role();
                Optional<Occupation> occupation = occupations.find(role.isco());
                if (occupation.isEmpty()) {
                    continue; // not in the ILO data: no exposure to count
                }
                RoleImpact e = TechnologyImpact.exposure(new RoleInput(
                        role.name(),
                        role.people(),
                        role.hoursPerYear(),
                        occupation.get(),
                        role.tasks(),
                        Optional.empty(),
                        List.of()));
                memberRoles.add(new NetworkExposure.MemberRole(
                        String.valueOf(org),
                        role.isco(),
                        occupation.get().gradient(),
                        role.people(),
                        role.hoursPerYear(),
                        Math.min(1, Math.max(0, e.mean())),
                        e.pattern(),
                        e.high()));
            }
        }
        NetworkExposure state = NetworkExposure.of(memberRoles, rule);
        for (int attempt = 0; ; attempt++) {
            ExposureHistory history = ExposureHistory.of(rule, versions.versions(networkId));
            try {
                versions.save(networkId, history.publish(state, now));
                return new Snapshot(version, now, state, history);
            } catch (DatabaseException e) {
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }
}
