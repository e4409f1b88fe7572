package nl.werkkracht.store.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user of the platform as stored.
 *
 * @param id the database id
 * @param username the login name: 1 to 64 characters of {@code a-z 0-9 . _ @ -}, starting with a letter
 *     or digit. Lower case only, so that "Admin" and "admin" cannot be two different users; callers
 *     normalise what people type with {@link #normalise}
 * @param passwordHash the password hash with its algorithm id (e.g. {@code {argon2}$argon2id$…}), never
 *     a password; not shown by {@link #toString()}
 * @param role what the user may do
 * @param enabled false when an administrator disabled the user: no login, no API token
 * @param createdAt when the user was created
 * @param lastLoginAt the last successful login with the password; empty when the user never logged in
 */
public record UserAccount(
        long id,
        String username,
        String passwordHash,
        Role role,
        boolean enabled,
        Instant createdAt,
        Optional<Instant> lastLoginAt) {

    /** The longest username the database holds. */
    public static final int MAX_USERNAME = 64;

    /** The longest password hash the database holds. */
    static final int MAX_PASSWORD_HASH = 500;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

    public UserAccount {
        requireValidUsername(username);
        requireValidPasswordHash(passwordHash);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
    }

    /**
     * What a person typed as a username, as it is stored: trimmed and in lower case. The result may still
     * be invalid; {@link #requireValidUsername} says so.
     */
    public static String normalise(String typed) {
        return Objects.requireNonNull(typed, "username").trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException when {@code username} is not a valid (normalised) username, with a
     *     message that says what is allowed
     */
    public static String requireValidUsername(String username) {
        Objects.requireNonNull(username, "username");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username '" + username + "' is not valid: use 1 to " + MAX_USERNAME
                    + " characters a-z, 0-9, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return username;
    }

    static String requireValidPasswordHash(String passwordHash) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (passwordHash.isBlank() || passwordHash.length() > MAX_PASSWORD_HASH) {
            throw new IllegalArgumentException(
                    "a password hash must be 1 to " + MAX_PASSWORD_HASH + " characters, not blank");
        }
        return passwordHash;
    }

    /** Never shows the password hash. */
    @Override
    public String toString() {
        return "UserAccount[id=" + id + ", username=" + username + ", role=" + role + ", enabled=" + enabled
                + ", createdAt=" + createdAt + ", lastLoginAt="
                + lastLoginAt.map(Instant::toString).orElse("never")
                + "]";
    }
}
