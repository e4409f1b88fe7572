package nl.werkkracht.app.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.app.account.AccountException;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.app.account.Passwords;
import nl.werkkracht.app.organisation.OrganisationInput;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.policy.OutreachInvitation;
import nl.werkkracht.store.policy.OutreachStore;
import nl.werkkracht.store.policy.Programme;
import nl.werkkracht.store.policy.ProgrammeStore;

/**
 * Scan outreach (SER Overijssel: "offer a scan through the regional service points"). An adviser who is a member
 * of a programme creates a single-use link ({@code /join/TOKEN}, 256 random bits, stored as SHA-256 only). The
 * employer who opens it creates their own account (role EMPLOYER) and organisation without an administrator; the
 * adviser becomes the organisation's first member (so the employer and adviser both see it, nobody else), and the
 * invitation is used up. The programme then counts invitations, registrations and scans (as bands when small).
 *
 * <p>Order of writing, so that a refused registration leaves nothing behind: the username and password are checked
 * first, then the organisation is created (its profile checked), then the account; if the account still fails
 * (a name taken a moment ago) the organisation is deleted again.
 */
final class OutreachService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutreachStore store;
    private final ProgrammeStore programmes;
    private final AccountService accounts;
    private final OrganisationService organisations;

    OutreachService(
            OutreachStore store,
            ProgrammeStore programmes,
            AccountService accounts,
            OrganisationService organisations) {
        this.store = store;
        this.programmes = programmes;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** A new invitation and its token (shown once). */
    record Created(OutreachInvitation invitation, String token) {}

    Created invite(Programme p, String label, String adviser) {
        String l = PolicyInputs.text("label", label, 200, true);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OutreachInvitation i = store.create(p.id(), adviser, hash(token), l);
        programmes.record(p.id(), adviser, "outreach.invited", "invitation " + i.id());
        return new Created(i, token);
    }

    /** The unused invitation of a token, with its programme. */
    Optional<OutreachInvitation> open(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return store.unused(hash(token));
    }

    /** What the employer enters. */
    public record Registration(
            String username,
            String password,
            String name,
            String sector,
            String sizeClass,
            String region,
            String contactName,
            String contactEmail,
            String kvkNumber) {}

    /**
     * Registers the employer and the organisation from an invitation.
     *
     * @throws PolicyInputException for a field of the account; {@code InvalidInputException} for the profile;
     *     {@link ProgrammeNotFoundException} when the invitation is unknown or used
     */
    Organisation register(String token, Registration r) {
        OutreachInvitation i = open(token).orElseThrow(() -> new ProgrammeNotFoundException(0));
        String username = r.username() == null ? "" : r.username().strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            throw new PolicyInputException("username", "policy.error.required");
        }
        if (accounts.user(username).isPresent()) {
            throw new PolicyInputException("username", "account.error.USERNAME_TAKEN");
        }
        try {
            Passwords.requireAcceptable(r.password() == null ? "" : r.password());
        } catch (AccountException e) {
            throw new PolicyInputException("password", "account.error." + e.reason());
        }
        Organisation o = organisations.create(
                new OrganisationInput(
                        r.name(),
                        r.sector(),
                        r.sizeClass(),
                        r.region(),
                        r.contactName(),
                        r.contactEmail(),
                        r.kvkNumber()),
                i.adviser());
        try {
            accounts.createUser(username, Role.EMPLOYER, Optional.of(r.password()));
        } catch (AccountException e) {
            organisations.delete(o.id(), i.adviser());
            throw new PolicyInputException("username", "account.error." + e.reason());
        }
        organisations.addMember(o.id(), username, i.adviser());
        store.use(i.id(), o.id());
        programmes.record(i.programmeId(), i.adviser(), "outreach.registered", "invitation " + i.id());
        return o;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
