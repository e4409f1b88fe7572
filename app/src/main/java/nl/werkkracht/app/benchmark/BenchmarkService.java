package nl.werkkracht.app.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.core.benchmark.BenchmarkAnswer;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.benchmark.SizeClass;
import nl.werkkracht.core.benchmark.Viewer;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.benchmark.BenchmarkVersionStore;
import nl.werkkracht.store.network.Network;
import nl.werkkracht.store.network.NetworkStore;
import nl.werkkracht.store.organisation.OrganisationStore;

/**
 * Benchmark networks and their statistics (METHODS.md §9). Who may see a network: its coordinators (only
 * aggregates) and the members of its member organisations; anyone else is told it does not exist (404).
 * Callers have checked organisation access with {@code OrganisationAccess} where an organisation id is given.
 * Joining is by invitation or approval ({@link MembershipService}).
 */
public final class BenchmarkService {

    private final NetworkStore networks;
    private final OrganisationStore organisations;
    private final PeerBenchmarks benchmarks;
    private final BenchmarkVersionStore versions;
    private final AuditLog audit;
    private final Clock clock;

    BenchmarkService(
            NetworkStore networks,
            OrganisationStore organisations,
            PeerBenchmarks benchmarks,
            BenchmarkVersionStore versions,
            AuditLog audit,
            Clock clock) {
        this.networks = networks;
        this.organisations = organisations;
        this.benchmarks = benchmarks;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A question: metric, optional year and cut. */
    record Question(Metric metric, Optional<Integer> year, Cut cut) {}

    /** Creates a network with the user as coordinator. */
    public Network create(NetworkInput input, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = input == null || input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > Network.MAX_NAME) {
            problems.add(new FieldProblem("name", "must have 1 to " + Network.MAX_NAME + " characters"));
        }
        Network.SectorLevel level = Network.SectorLevel.SECTION;
        String requested = input == null ? null : input.sectorLevel();
        if (requested != null && !requested.isBlank()) {
            try {
                level = Network.SectorLevel.valueOf(requested.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("sectorLevel", "must be SECTION or DIVISION"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return networks.create(name, level, username);
    }

    /** The networks the user coordinates or whose member organisations the user belongs to. */
    public List<NetworkView> networks(String username) {
        return networks.ofUser(username).stream().map(n -> view(n, username)).toList();
    }

    /** The network, when the user coordinates it or belongs to a member organisation; else 404. */
    public NetworkView require(long networkId, String username) {
        Network network = networks.find(networkId).orElseThrow(() -> notFound(networkId));
        if (!networks.isCoordinator(networkId, username) && !networks.isMemberUser(networkId, username)) {
            throw notFound(networkId);
        }
        return view(network, username);
    }

    /** The networks an organisation is a member of (the caller is a member of the organisation). */
    public List<Network> networksOf(long organisationId) {
        return networks.ofOrganisation(organisationId);
    }

    /** Takes the organisation and all its consents out of the network at once; 404 when it was no member. */
    public void leave(long networkId, long organisationId, String username) {
        if (!networks.leave(networkId, organisationId)) {
            throw notFound(networkId);
        }
        benchmarks.evict(networkId);
        audit.record(username, organisationId, "network.left", String.valueOf(networkId));
    }

    /** What the organisation shares; 404 when it is not a member of the network. */
    public ConsentView consents(long organisationId, long networkId) {
        requireMember(networkId, organisationId);
        return new ConsentView(organisationId, networkId, networks.consents(networkId, organisationId));
    }

    /**
     * Replaces what the organisation shares; an empty list withdraws every consent, effective for the next
     * statistic.
     *
     * @throws InvalidInputException naming {@code metrics[i]} for an unknown metric id
     */
    public ConsentView putConsents(long organisationId, long networkId, List<String> metrics, String username) {
        requireMember(networkId, organisationId);
        if (metrics == null) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("metrics", "is required (an empty list withdraws)")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i) == null
                    || (Metric.byId(metrics.get(i)).isEmpty() && !RoleExposures.CONSENT.equals(metrics.get(i)))) {
                problems.add(new FieldProblem(
                        "metrics[" + i + "]", "is not a benchmark metric (nor " + RoleExposures.CONSENT + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        networks.replaceConsents(networkId, organisationId, metrics);
        benchmarks.evict(networkId);
        audit.record(
                username,
                organisationId,
                "benchmark.consent.changed",
                networkId + ": " + String.join(",", networks.consents(networkId, organisationId)));
        return consents(organisationId, networkId);
    }

    /** Parses a question; 400 naming {@code metric}, {@code sizeClass} or {@code year}. */
    static Question question(String metric, Integer year, String sector, String sizeClass, String region) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Metric> m = Optional.ofNullable(metric).flatMap(Metric::byId);
        if (m.isEmpty()) {
            problems.add(new FieldProblem("metric", "must be one of the benchmark metrics"));
        }
        SizeClass size = null;
        if (sizeClass != null && !sizeClass.isBlank()) {
            size = SizeClass.parse(sizeClass).orElse(null);
            if (size == null) {
                problems.add(new FieldProblem("sizeClass", "must be 2-9, 10-49, 50-249 or 250+"));
            }
        }
        if (year != null && (year < 1900 || year > 2200)) {
            problems.add(new FieldProblem("year", "must be a year"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Question(m.get(), Optional.ofNullable(year), Cut.of(blankToNull(sector), size, blankToNull(region)));
    }

    /** The years with values of the metric in the network, ascending (for the trend). */
    public List<Integer> years(long networkId, Metric metric) {
        return benchmarks.years(network(networkId), metric);
    }

    /**
     * The answer from the group's current published version, as this user may see it: the user knows the
     * values of every organisation it can access (an adviser many), so the insider rules of METHODS.md §9 are
     * applied for all of them. With {@code organisation} (one of the user's organisations, checked by the
     * caller; here it must be a member of the network, 404 otherwise) also its own position; revealing that is
     * audited.
     */
    public BenchmarkView answer(long networkId, Question q, Optional<Long> organisation, String username) {
        Network network = network(networkId);
        organisation.ifPresent(id -> requireMember(networkId, id));
        int year = q.year().orElseGet(() -> latestYear(network, q.metric()));
        PeerBenchmarks.YearBenchmark yb = benchmarks.benchmark(network, q.metric(), year);
        Set<String> known = new java.util.HashSet<>(known(username));
        organisation.ifPresent(id -> known.add(String.valueOf(id))); // also access granted otherwise
        Viewer viewer = Viewer.knowing(known);
        BenchmarkAnswer answer = yb.answer(
                q.cut(), organisation.map(id -> viewer.as(String.valueOf(id))).orElse(viewer));
        organisation.ifPresent(id -> audit.record(
                username, id, "benchmark.viewed", networkId + ": " + q.metric().id() + " " + year + " " + q.cut()));
        return BenchmarkViews.of(networkId, year, answer, BenchmarkViews.official(yb, q, organisation));
    }

    /** The ids of every organisation the user can access: all of their values are known to the user. */
    private Set<String> known(String username) {
        return organisations.ofMember(username).stream()
                .map(o -> String.valueOf(o.id()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * What the organisation's data export holds about benchmarking: the networks it is in with what it shares,
     * the networks it asked to join, and its part in every published version (the value used and its rank
     * then; never anything of another organisation).
     */
    public Map<String, Object> exportOf(long organisationId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(
                "networks",
                networksOf(organisationId).stream()
                        .map(n -> Map.of(
                                "id",
                                n.id(),
                                "name",
                                n.name(),
                                "metrics",
                                consents(organisationId, n.id()).metrics()))
                        .toList());
        export.put("joinRequests", networks.requestsOf(organisationId));
        export.put("contributions", versions.contributionsOf(organisationId));
        return export;
    }

    /** The organisation must be a member of the network; 404 otherwise. */
    void requireMember(long networkId, long organisationId) {
        if (!networks.isMember(networkId, organisationId)) {
            throw notFound(networkId);
        }
    }

    private Network network(long networkId) {
        return networks.find(networkId).orElseThrow(() -> notFound(networkId));
    }

    private int latestYear(Network network, Metric metric) {
        List<Integer> years = benchmarks.years(network, metric);
        return years.isEmpty() ? clock.instant().atZone(BenchmarkValues.ZONE).getYear() : years.get(years.size() - 1);
    }

    private NetworkView view(Network n, String username) {
        List<NetworkView.OwnOrganisation> own = organisations.ofMember(username).stream()
                .filter(o -> networks.isMember(n.id(), o.id()))
                .map(o -> new NetworkView.OwnOrganisation(o.id(), o.name()))
                .toList();
        return new NetworkView(n.id(), n.name(), n.sectorLevel().name(), networks.isCoordinator(n.id(), username), own);
    }

    private static OrganisationNotFoundException notFound(long networkId) {
        return new OrganisationNotFoundException("network " + networkId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
