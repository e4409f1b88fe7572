package nl.werkkracht.store.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a personal API token once it has been handed out: everything except the token,
 * which is never stored (only its SHA-256 is, to recognise it).
 *
 * @param id the database id, which names the token when revoking it
 * @param username whose token it is
 * @param name what the owner calls it, e.g. "import script": 1 to 100 characters, not blank
 * @param createdAt when it was created
 * @param lastUsedAt when it last authenticated a request, to the minute; empty when never used
 * @param revoked true when revoked: it authenticates nothing any more
 * @param operatorIssued true when the operator made it on the machine (the command line): such a token
 *     never opens an organisation's data (ADR 0015)
 */
public record ApiTokenInfo(
        long id,
        String username,
        String name,
        Instant createdAt,
        Optional<Instant> lastUsedAt,
        boolean revoked,
        boolean operatorIssued) {

    /** The longest token name the database holds. */
    public static final int MAX_NAME = 100;

    public ApiTokenInfo {
        Objects.requireNonNull(username, "username");
        requireValidName(name);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }

    /** @throws IllegalArgumentException when {@code name} is blank or longer than {@link #MAX_NAME} */
    public static String requireValidName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a token name must be 1 to " + MAX_NAME + " characters, not blank");
        }
        return name;
    }
}
