package nl.werkkracht.app.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.network.JoinRequest;
import nl.werkkracht.store.network.Network;
import nl.werkkracht.store.network.NetworkStore;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationStore;
import org.springframework.http.HttpStatus;

/**
 * Who is in a network (METHODS.md §9, membership): an organisation joins only with a coordinator's
 * single-use invitation or by a request the coordinator approves, and only once it has given its KvK number.
 * Members and coordinators see who else is in it (names), never what they reported. To anyone else every
 * network path answers 404. Callers have checked with {@code OrganisationAccess} that the user may act for
 * an organisation whose id they pass.
 */
public final class MembershipService {

    /** How long an invitation stays valid. */
    static final Duration VALID = Duration.ofDays(30);

    private final NetworkStore networks;
    private final OrganisationStore organisations;
    private final PeerBenchmarks benchmarks;
    private final AuditLog audit;
    private final Clock clock;

    MembershipService(
            NetworkStore networks,
            OrganisationStore organisations,
            PeerBenchmarks benchmarks,
            AuditLog audit,
            Clock clock) {
        this.networks = networks;
        this.organisations = organisations;
        this.benchmarks = benchmarks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new invitation: the code is shown this once.
     *
     * @param code the code to pass on, in groups of four
     */
    public record CreatedInvitation(long id, String code, Instant expiresAt) implements java.io.Serializable {}

    /** An invitation as its coordinator sees it later (without the code). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record InvitationView(
            long id, String status, Instant createdAt, Instant expiresAt, Instant usedAt, String createdBy) {}

    /**
     * A member organisation as members and coordinators see it: its name; coordinators also its KvK number.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record MemberView(long organisationId, String name, String kvkNumber) {}

    /** A request to join, for the coordinator: who asks, with the KvK number to check. */
    public record RequestView(
            long organisationId, String name, String kvkNumber, String requestedBy, Instant requestedAt) {}

    /** Creates an invitation; coordinators only. */
    public CreatedInvitation invite(long networkId, String username) {
        coordinated(networkId, username);
        String code = InvitationCodes.generate();
        Instant expires = clock.instant().plus(VALID);
        long id = networks.invite(
                networkId, InvitationCodes.hash(InvitationCodes.normalise(code).orElseThrow()), username, expires);
        return new CreatedInvitation(id, code, expires);
    }

    /** The network's invitations, newest first; coordinators only. */
    public List<InvitationView> invitations(long networkId, String username) {
        coordinated(networkId, username);
        Instant now = clock.instant();
        return networks.invitations(networkId).stream()
                .map(i -> new InvitationView(
                        i.id(),
                        BenchmarkViews.name(i.status(now)),
                        i.createdAt(),
                        i.expiresAt(),
                        i.usedAt().orElse(null),
                        i.createdBy()))
                .toList();
    }

    /** Revokes an open invitation; coordinators only; 404 when there is no open one with that id. */
    public void revoke(long networkId, long invitationId, String username) {
        coordinated(networkId, username);
        if (!networks.revoke(networkId, invitationId)) {
            throw new OrganisationNotFoundException("invitation " + invitationId);
        }
    }

    /**
     * Lets the organisation join with an invitation code. Refused, naming the field, without a KvK number
     * ({@code kvkNumber}, 403: this says nothing about the network) or without a valid code ({@code
     * invitationCode}: 404 to someone who cannot see the network, 403 to a coordinator or member); nothing is
     * used up then.
     */
    public void join(long networkId, long organisationId, String code, String username) {
        if (organisation(organisationId).kvkNumber().isEmpty()) {
            throw new MembershipRefusedException(
                    HttpStatus.FORBIDDEN,
                    "kvkNumber",
                    "the organisation has no KvK number yet: add it to its profile first");
        }
        boolean visible = canSee(networkId, username);
        Optional<String> normalised = InvitationCodes.normalise(code);
        NetworkStore.Redemption r = normalised.isEmpty()
                ? NetworkStore.Redemption.INVALID
                : networks.redeem(networkId, InvitationCodes.hash(normalised.get()), organisationId);
        if (r == NetworkStore.Redemption.INVALID) {
            throw new MembershipRefusedException(
                    visible ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND,
                    "invitationCode",
                    visible
                            ? "the invitation code is not valid: unknown, used, revoked or expired"
                            : "no network " + networkId + " with that invitation code");
        }
        if (r == NetworkStore.Redemption.JOINED) {
            benchmarks.evict(networkId);
            audit.record(username, organisationId, "network.joined", networkId + " (invitation)");
        }
    }

    /**
     * Asks to join. Says nothing about whether the network exists (the answer is the same), so no one learns
     * which networks there are by asking.
     *
     * @throws MembershipRefusedException (403, {@code kvkNumber}) when the organisation has no KvK number
     */
    public void request(long networkId, long organisationId, String username) {
        if (organisation(organisationId).kvkNumber().isEmpty()) {
            throw new MembershipRefusedException(
                    HttpStatus.FORBIDDEN,
                    "kvkNumber",
                    "the organisation has no KvK number yet: add it to its profile first");
        }
        if (!networks.isMember(networkId, organisationId) && networks.request(networkId, organisationId, username)) {
            audit.record(username, organisationId, "network.requested", String.valueOf(networkId));
        }
    }

    /** The open requests; coordinators only. */
    public List<RequestView> requests(long networkId, String username) {
        coordinated(networkId, username);
        return networks.requests(networkId).stream()
                .map(MembershipService::view)
                .toList();
    }

    private static RequestView view(JoinRequest r) {
        return new RequestView(
                r.organisationId(), r.organisationName(), r.kvkNumber().orElse(null), r.requestedBy(), r.requestedAt());
    }

    /** Approves a request; coordinators only; 404 when there is no such request. */
    public void approve(long networkId, long organisationId, String username) {
        coordinated(networkId, username);
        if (!networks.approve(networkId, organisationId)) {
            throw new OrganisationNotFoundException("request of organisation " + organisationId);
        }
        benchmarks.evict(networkId);
        audit.record(username, organisationId, "network.joined", networkId + " (approved by " + username + ")");
    }

    /** Rejects a request; coordinators only; 404 when there is no such request. */
    public void reject(long networkId, long organisationId, String username) {
        coordinated(networkId, username);
        if (!networks.reject(networkId, organisationId)) {
            throw new OrganisationNotFoundException("request of organisation " + organisationId);
        }
    }

    /** The networks the organisation asked to join and waits for. */
    public List<Long> requestsOf(long organisationId) {
        return networks.requestsOf(organisationId);
    }

    /** Who is in the network (names; for coordinators with KvK numbers); 404 to anyone who cannot see it. */
    public List<MemberView> members(long networkId, String username) {
        boolean coordinator = networks.isCoordinator(networkId, username);
        if (!coordinator && !networks.isMemberUser(networkId, username)) {
            throw new OrganisationNotFoundException("network " + networkId);
        }
        return networks.memberList(networkId).stream()
                .map(m -> new MemberView(
                        m.organisationId(),
                        m.name(),
                        coordinator ? m.kvkNumber().orElse(null) : null))
                .toList();
    }

    private Network coordinated(long networkId, String username) {
        Network network =
                networks.find(networkId).orElseThrow(() -> new OrganisationNotFoundException("network " + networkId));
        if (!networks.isCoordinator(networkId, username)) {
            if (networks.isMemberUser(networkId, username)) {
                throw new MembershipRefusedException(
                        HttpStatus.FORBIDDEN, "network", "only a coordinator of the network may do this");
            }
            throw new OrganisationNotFoundException("network " + networkId);
        }
        return network;
    }

    private boolean canSee(long networkId, String username) {
        return networks.find(networkId).isPresent()
                && (networks.isCoordinator(networkId, username) || networks.isMemberUser(networkId, username));
    }

    private Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> new OrganisationNotFoundException("organisation " + id));
    }
}
