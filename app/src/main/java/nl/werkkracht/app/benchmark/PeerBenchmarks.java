package nl.werkkracht.app.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkkracht.app.organisation.SectorFigure;
import nl.werkkracht.core.benchmark.BenchmarkAnswer;
import nl.werkkracht.core.benchmark.BenchmarkHistory;
import nl.werkkracht.core.benchmark.CellVersion;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.benchmark.Peer;
import nl.werkkracht.core.benchmark.PeerBenchmark;
import nl.werkkracht.core.benchmark.SizeClass;
import nl.werkkracht.core.benchmark.Viewer;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.store.benchmark.BenchmarkVersionStore;
import nl.werkkracht.store.db.DatabaseException;
import nl.werkkracht.store.network.Network;
import nl.werkkracht.store.network.NetworkStore;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationStore;

/**
 * The current state and the published versions per network, metric and year, cached (METHODS.md §9). A
 * network's state is rebuilt when the network store's {@linkplain NetworkStore#version() version} changed
 * (any join, leave or consent change: a withdrawal counts at once) and otherwise after {@link #TTL} (figures,
 * scans and value streams are changed elsewhere, so they reach the statistics within that time); {@link
 * #evict} drops it at once. Each time a metric and year are first asked for in a new state, the state is
 * published ({@link BenchmarkHistory#publish}): new versions where the rules allow, saved before anything is
 * answered from them.
 *
 * <p>Peers are the members that consented to the metric and have a value in the year. Their attributes: the
 * sector at the network's level (SECTION: the section letter of the organisation's SBI code from the code
 * list; DIVISION: its code as stored, which is the section letter when the organisation registered only a
 * section), the size class, and the region code as stored (a COROP or a province code; regions are not
 * rolled up).
 */
final class PeerBenchmarks {

    /** How long a network's statistics may lag behind a change of figures, scans or value streams. */
    static final Duration TTL = Duration.ofSeconds(30);

    private final NetworkStore networks;
    private final OrganisationStore organisationStore;
    private final BenchmarkValues values;
    private final BenchmarkVersionStore versions;
    private final CodeLists codeLists;
    private final DisclosureRule rule;
    private final Clock clock;
    private final Map<Long, Snapshot> cache = new ConcurrentHashMap<>();

    PeerBenchmarks(
            NetworkStore networks,
            OrganisationStore organisationStore,
            BenchmarkValues values,
            BenchmarkVersionStore versions,
            CodeLists codeLists,
            DisclosureRule rule,
            Clock clock) {
        this.networks = networks;
        this.organisationStore = organisationStore;
        this.values = values;
        this.versions = versions;
        this.codeLists = codeLists;
        this.rule = rule;
        this.clock = clock;
    }

    /**
     * The current state and the published history of one metric in one year. Answer through {@link #answer},
     * which serialises access to the history.
     */
    record YearBenchmark(
            Metric metric,
            int year,
            PeerBenchmark state,
            BenchmarkHistory history,
            List<Peer> peers,
            Map<String, SectorFigure> official) {

        /** The answer for a viewer from the cell's current published version. */
        BenchmarkAnswer answer(Cut cut, Viewer viewer) {
            synchronized (history) {
                return history.answer(cut, viewer, state);
            }
        }
    }

    /** Forgets the network's state, so that the next question rebuilds and republishes it. */
    void evict(long networkId) {
        cache.remove(networkId);
    }

    /** The years with a value of the metric in the network now or with published statistics, ascending. */
    List<Integer> years(Network network, Metric metric) {
        TreeSet<Integer> years = snapshot(network).years(metric.id());
        years.addAll(versions.years(network.id(), metric.id()));
        return List.copyOf(years);
    }

    /** The benchmark of the metric in the year (built and published on first use). */
    YearBenchmark benchmark(Network network, Metric metric, int year) {
        return snapshot(network).benchmark(metric, year);
    }

    /** The sector code of an organisation at the network's level. */
    String sectorAt(Network.SectorLevel level, String code) {
        if (level == Network.SectorLevel.DIVISION) {
            return code;
        }
        Optional<Sector> sector = codeLists.sector(code);
        return sector.filter(s -> s.sections().size() == 1)
                .map(s -> s.sections().get(0))
                .orElse(code);
    }

    private Snapshot snapshot(Network network) {
        long version = networks.version();
        Instant now = clock.instant();
        Snapshot s = cache.get(network.id());
        if (s == null || s.version != version || now.isAfter(s.builtAt.plus(TTL))) {
            s = build(network, version, now);
            cache.put(network.id(), s);
        }
        return s;
    }

    private Snapshot build(Network network, long version, Instant now) {
        Map<Long, Organisation> members = new HashMap<>();
        Map<Long, BenchmarkValues.OrganisationValues> memberValues = new HashMap<>();
        Map<String, List<Long>> consenting = new HashMap<>();
        for (Metric metric : Metric.catalogue()) {
            consenting.put(metric.id(), networks.consenting(network.id(), metric.id()));
        }
        consenting.values().stream().flatMap(List::stream).distinct().forEach(id -> organisationStore
                .find(id)
                .ifPresent(o -> {
                    members.put(id, o);
                    memberValues.put(id, values.collect(id));
                }));
        return new Snapshot(network, version, now, members, memberValues, consenting);
    }

    /** Everything the network's statistics are built from, at one moment. */
    private final class Snapshot {
        final Network network;
        final long version;
        final Instant builtAt;
        final Map<Long, Organisation> members;
        final Map<Long, BenchmarkValues.OrganisationValues> values;
        final Map<String, List<Long>> consenting;
        final Map<String, YearBenchmark> benchmarks = new ConcurrentHashMap<>();

        Snapshot(
                Network network,
                long version,
                Instant builtAt,
                Map<Long, Organisation> members,
                Map<Long, BenchmarkValues.OrganisationValues> values,
                Map<String, List<Long>> consenting) {
            this.network = network;
            this.version = version;
            this.builtAt = builtAt;
            this.members = members;
            this.values = values;
            this.consenting = consenting;
        }

        TreeSet<Integer> years(String metric) {
            TreeSet<Integer> years = new TreeSet<>();
            for (long id : consenting.getOrDefault(metric, List.of())) {
                BenchmarkValues.OrganisationValues v = values.get(id);
                if (v != null && v.byMetric().containsKey(metric)) {
                    years.addAll(v.byMetric().get(metric).keySet());
                }
            }
            return years;
        }

        YearBenchmark benchmark(Metric metric, int year) {
            return benchmarks.computeIfAbsent(metric.id() + "@" + year, k -> build(metric, year));
        }

        private YearBenchmark build(Metric metric, int year) {
            List<Peer> peers = new ArrayList<>();
            Map<String, SectorFigure> official = new HashMap<>();
            for (long id : consenting.getOrDefault(metric.id(), List.of())) {
                Organisation o = members.get(id);
                BenchmarkValues.OrganisationValues v = values.get(id);
                Optional<SizeClass> size = o == null ? Optional.empty() : SizeClass.parse(o.sizeClass());
                if (o == null || v == null || size.isEmpty()) {
                    continue;
                }
                var value = v.value(metric.id(), year);
                if (value.isEmpty()) {
                    continue;
                }
                String sector = sectorAt(network.sectorLevel(), o.sector());
                peers.add(new Peer(String.valueOf(id), sector, size.get(), o.region(), value.getAsDouble()));
                SectorFigure figure = v.official().get(year);
                if (figure != null) {
                    if (figure.sector().equals(sector)) {
                        official.putIfAbsent(sector, figure);
                    }
                    official.putIfAbsent("org:" + id, figure);
                }
            }
            PeerBenchmark state = PeerBenchmark.of(metric, peers, rule);
            return new YearBenchmark(
                    metric, year, state, published(metric, year, state), List.copyOf(peers), Map.copyOf(official));
        }

        /** The history with this state published and saved; on a lost race with another server, once more. */
        private BenchmarkHistory published(Metric metric, int year, PeerBenchmark state) {
            for (int attempt = 0; ; attempt++) {
                BenchmarkHistory history =
                        BenchmarkHistory.of(metric, rule, versions.versions(network.id(), metric.id(), year));
                List<CellVersion> fresh = history.publish(state, clock.instant());
                try {
                    versions.save(network.id(), metric.id(), year, fresh);
                    return history;
                } catch (DatabaseException e) {
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }
    }
}
