package nl.werkkracht.store.network;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkkracht.store.db.Database;

/**
 * Benchmark networks, their coordinators, member organisations and the metrics each member consented to
 * compare (METHODS.md §9). The store does not know the metric catalogue: the application checks metric ids.
 *
 * <p>Every method is one transaction and throws a {@link nl.werkkracht.store.db.DatabaseException} when the
 * database fails. Deleting an organisation removes its memberships and consents. {@link #version()} grows
 * with every change of membership or consent made through this store, so caches of statistics built from
 * them can tell that they are stale.
 */
public final class NetworkStore {

    private final Database database;
    private final Clock clock;
    private final NetworkRepository networks = new NetworkRepository();
    private final MembershipRepository membership = new MembershipRepository();
    private final AtomicLong version = new AtomicLong();

    public NetworkStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock tells when a network is created and a member joins */
    public NetworkStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A number that changes with every membership or consent change made through this store. */
    public long version() {
        return version.get();
    }

    /**
     * Creates a network with {@code coordinator} as its coordinator.
     *
     * @throws IllegalArgumentException when the name is blank or too long, or there is no such user
     */
    public Network create(String name, Network.SectorLevel level, String coordinator) {
        String stripped = Network.requireName(name);
        Objects.requireNonNull(level, "level");
        return database.inTransaction(connection -> {
            long id = networks.insert(connection, stripped, level, now());
            if (!networks.addCoordinator(connection, id, coordinator)) {
                throw new IllegalArgumentException("no user " + coordinator);
            }
            return networks.find(connection, id).orElseThrow();
        });
    }

    public Optional<Network> find(long id) {
        return database.inTransaction(connection -> networks.find(connection, id));
    }

    /** The networks {@code username} coordinates or whose member organisations it belongs to, by name. */
    public List<Network> ofUser(String username) {
        return database.inTransaction(connection -> networks.ofUser(connection, username));
    }

    /** The networks the organisation is a member of, by name. */
    public List<Network> ofOrganisation(long organisationId) {
        return database.inTransaction(connection -> networks.ofOrganisation(connection, organisationId));
    }

    public boolean isCoordinator(long networkId, String username) {
        return database.inTransaction(connection -> networks.isCoordinator(connection, networkId, username));
    }

    /** Whether {@code username} is a member of an organisation that is a member of the network. */
    public boolean isMemberUser(long networkId, String username) {
        return database.inTransaction(connection -> networks.isMemberUser(connection, networkId, username));
    }

    /** Whether the organisation is a member of the network. */
    public boolean isMember(long networkId, long organisationId) {
        return database.inTransaction(connection -> networks.isMember(connection, networkId, organisationId));
    }

    /**
     * Makes the organisation a member; it shares nothing until it consents. The application lets an
     * organisation in only by invitation ({@link #redeem}) or approval ({@link #approve}); this is for them
     * and for tests.
     *
     * @return false when the network or the organisation does not exist; true also when already a member
     */
    public boolean join(long networkId, long organisationId) {
        boolean joined = database.inTransaction(connection -> networks.isMember(connection, networkId, organisationId)
                || networks.insertMember(connection, networkId, organisationId, now()));
        version.incrementAndGet();
        return joined;
    }

    /** Removes the organisation and all its consents from the network; false when it was not a member. */
    public boolean leave(long networkId, long organisationId) {
        boolean left =
                database.inTransaction(connection -> networks.deleteMember(connection, networkId, organisationId));
        version.incrementAndGet();
        return left;
    }

    /**
     * Stores a new single-use invitation by the SHA-256 of its code.
     *
     * @return its id
     */
    public long invite(long networkId, String codeHash, String createdBy, Instant expiresAt) {
        requireHash(codeHash);
        return database.inTransaction(connection ->
                membership.insertInvitation(connection, networkId, codeHash, createdBy, now(), expiresAt));
    }

    /** The network's invitations, newest first. */
    public List<NetworkInvitation> invitations(long networkId) {
        return database.inTransaction(connection -> membership.invitations(connection, networkId));
    }

    /** Revokes an open invitation; false when the network has no open invitation with that id. */
    public boolean revoke(long networkId, long invitationId) {
        return database.inTransaction(connection -> membership.revoke(connection, networkId, invitationId, now()));
    }

    /** What became of a code. */
    public enum Redemption {
        /** The organisation joined; the code is used up. */
        JOINED,
        /** The organisation was a member already; the code is left as it was. */
        ALREADY_MEMBER,
        /** Not an open, unexpired invitation of this network (or no such network or organisation). */
        INVALID
    }

    /** Lets the organisation join with an invitation's code, in one transaction. */
    public Redemption redeem(long networkId, String codeHash, long organisationId) {
        requireHash(codeHash);
        Redemption r = database.inTransaction(connection -> {
            if (networks.isMember(connection, networkId, organisationId)) {
                return Redemption.ALREADY_MEMBER;
            }
            Instant now = now();
            if (!membership.use(connection, networkId, codeHash, organisationId, now)) {
                return Redemption.INVALID;
            }
            if (!networks.insertMember(connection, networkId, organisationId, now)) {
                throw new IllegalStateException("invitation of network " + networkId + " without the network");
            }
            membership.deleteRequest(connection, networkId, organisationId);
            return Redemption.JOINED;
        });
        version.incrementAndGet();
        return r;
    }

    /**
     * Records the organisation's request to join (once).
     *
     * @return false when there is no such network or organisation
     */
    public boolean request(long networkId, long organisationId, String username) {
        return database.inTransaction(
                connection -> membership.insertRequest(connection, networkId, organisationId, username, now()));
    }

    /** The network's open requests, oldest first. */
    public List<JoinRequest> requests(long networkId) {
        return database.inTransaction(connection -> membership.requests(connection, networkId));
    }

    /** The networks the organisation asked to join and is waiting for. */
    public List<Long> requestsOf(long organisationId) {
        return database.inTransaction(connection -> membership.requestsOf(connection, organisationId));
    }

    /** Approves a request: the organisation becomes a member. False when there was no such request. */
    public boolean approve(long networkId, long organisationId) {
        boolean approved =
                database.inTransaction(connection -> membership.deleteRequest(connection, networkId, organisationId)
                        && (networks.isMember(connection, networkId, organisationId)
                                || networks.insertMember(connection, networkId, organisationId, now())));
        version.incrementAndGet();
        return approved;
    }

    /** Rejects (deletes) a request; false when there was none. */
    public boolean reject(long networkId, long organisationId) {
        return database.inTransaction(connection -> membership.deleteRequest(connection, networkId, organisationId));
    }

    /** The member organisations with their names (and KvK numbers, for coordinators), by name. */
    public List<NetworkMember> memberList(long networkId) {
        return database.inTransaction(connection -> membership.members(connection, networkId));
    }

    private static void requireHash(String codeHash) {
        if (codeHash == null || !codeHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a code hash must be a SHA-256 as 64 lower-case hex digits");
        }
    }

    /** The member organisations' ids, ascending. */
    public List<Long> members(long networkId) {
        return database.inTransaction(connection -> networks.members(connection, networkId));
    }

    /** The metric ids the organisation consented to compare in the network, sorted. */
    public List<String> consents(long networkId, long organisationId) {
        return database.inTransaction(connection -> networks.consents(connection, networkId, organisationId));
    }

    /**
     * Replaces the consented metrics; an empty collection withdraws every consent, at once.
     *
     * @return false (and nothing changed) when the organisation is not a member of the network
     */
    public boolean replaceConsents(long networkId, long organisationId, Collection<String> metrics) {
        TreeSet<String> wanted = new TreeSet<>(metrics);
        wanted.forEach(m -> {
            if (m == null || m.isBlank() || m.length() > 64) {
                throw new IllegalArgumentException("a metric id must have 1 to 64 characters");
            }
        });
        boolean replaced = database.inTransaction(connection -> {
            if (!networks.isMember(connection, networkId, organisationId)) {
                return false;
            }
            networks.deleteConsents(connection, networkId, organisationId);
            for (String metric : wanted) {
                networks.insertConsent(connection, networkId, organisationId, metric);
            }
            return true;
        });
        version.incrementAndGet();
        return replaced;
    }

    /** The member organisations that consented to compare {@code metric} in the network, ascending. */
    public List<Long> consenting(long networkId, String metric) {
        return database.inTransaction(connection -> networks.consenting(connection, networkId, metric));
    }
}
