package nl.werkkracht.store.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseException;

/**
 * Users, their roles and their personal API tokens in the database.
 *
 * <p>The store never sees a password or a token: it keeps a password hash made by the caller (with its
 * algorithm id) and the SHA-256 of each token, and finds a token's owner by that hash. Usernames are
 * taken as stored (see {@link UserAccount#normalise}); a method that names a user who does not exist
 * changes nothing and says so in its result.
 *
 * <p>Every method is one transaction and throws a {@link DatabaseException} when the database fails.
 */
public final class AccountStore {

    /**
     * How stale {@code last_used_at} may get before a token's use is written again: keeps API requests
     * from writing to the database every time, while still telling the owner whether a token is in use.
     */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Database database;
    private final Clock clock;
    private final UserRepository users = new UserRepository();
    private final TokenRepository tokens = new TokenRepository();

    public AccountStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock tells when users are created, log in, and when tokens are created and used */
    public AccountStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Creates an enabled user.
     *
     * @throws UsernameTakenException when a user with that username exists
     * @throws IllegalArgumentException when the username or hash is not valid
     */
    public UserAccount createUser(String username, String passwordHash, Role role) {
        UserAccount.requireValidUsername(username);
        UserAccount.requireValidPasswordHash(passwordHash);
        Objects.requireNonNull(role, "role");
        return database.inTransaction(connection -> {
            users.insert(connection, username, passwordHash, role, now());
            return users.find(connection, username).orElseThrow();
        });
    }

    /**
     * Creates an enabled user only when there is no user at all: the first administrator at first start.
     * Of two processes starting at once on an empty database, one creates it and the other gets empty.
     *
     * @return the new user; empty when there already was a user
     */
    public Optional<UserAccount> createFirstUser(String username, String passwordHash, Role role) {
        UserAccount.requireValidUsername(username);
        UserAccount.requireValidPasswordHash(passwordHash);
        Objects.requireNonNull(role, "role");
        return database.inTransaction(connection -> users.insertFirst(connection, username, passwordHash, role, now())
                ? users.find(connection, username)
                : Optional.empty());
    }

    /** Whether there is at least one user. */
    public boolean hasUsers() {
        return database.inTransaction(users::any);
    }

    /** The user called {@code username}, enabled or not. */
    public Optional<UserAccount> user(String username) {
        Objects.requireNonNull(username, "username");
        return database.inTransaction(connection -> users.find(connection, username));
    }

    /** Every user, ordered by username. */
    public List<UserAccount> users() {
        return database.inTransaction(users::all);
    }

    /** @return false when there is no such user */
    public boolean setRole(String username, Role role) {
        Objects.requireNonNull(role, "role");
        return update(username, "role", role.name());
    }

    /** Enables or disables a user; a disabled user can neither log in nor use a token. */
    public boolean setEnabled(String username, boolean enabled) {
        return update(username, "enabled", enabled);
    }

    /** Replaces the password hash (a new password, or the same password hashed with newer parameters). */
    public boolean changePasswordHash(String username, String passwordHash) {
        UserAccount.requireValidPasswordHash(passwordHash);
        return update(username, "password_hash", passwordHash);
    }

    /**
     * Marks whether the user must choose their own password before doing anything else: true for an
     * account somebody else made with a password they know (ADR 0015).
     *
     * @return false when there is no such user
     */
    public boolean setPasswordChangeRequired(String username, boolean required) {
        return update(username, "password_change_required", required);
    }

    /** Whether the user must choose their own password first; false for an unknown user. */
    public boolean passwordChangeRequired(String username) {
        Objects.requireNonNull(username, "username");
        return database.inTransaction(connection -> {
            try (var select =
                    connection.prepareStatement("SELECT password_change_required FROM app_user WHERE username = ?")) {
                select.setString(1, username);
                try (var rows = select.executeQuery()) {
                    return rows.next() && rows.getBoolean(1);
                }
            }
        });
    }

    /** Records a successful login with the password, now. */
    public boolean recordLogin(String username) {
        return update(username, "last_login_at", now());
    }

    private boolean update(String username, String column, Object value) {
        Objects.requireNonNull(username, "username");
        return database.inTransaction(connection -> users.update(connection, column, value, username));
    }

    /**
     * Stores a new token of {@code username} by its hash.
     *
     * @param tokenHash the SHA-256 of the token as 64 lower-case hex digits
     * @return the token's information; empty when there is no such user
     * @throws IllegalArgumentException when the name or hash is not valid
     */
    public Optional<ApiTokenInfo> createToken(String username, String name, String tokenHash) {
        return createToken(username, name, tokenHash, false);
    }

    /**
     * Stores a new token of {@code username} by its hash.
     *
     * @param operatorIssued true for a token the operator makes on the machine: it never opens an
     *     organisation's data
     * @return the token's information; empty when there is no such user
     * @throws IllegalArgumentException when the name or hash is not valid
     */
    public Optional<ApiTokenInfo> createToken(String username, String name, String tokenHash, boolean operatorIssued) {
        Objects.requireNonNull(username, "username");
        ApiTokenInfo.requireValidName(name);
        requireSha256Hex(tokenHash);
        return database.inTransaction(
                connection -> tokens.insert(connection, username, name, tokenHash, operatorIssued, now()));
    }

    /**
     * The user a token authenticates: the token with this hash exists, is not revoked, and its owner is
     * enabled. Records the use (at most once per {@link #LAST_USED_RESOLUTION}).
     *
     * @return empty for an unknown or revoked token, or a disabled user
     */
    public Optional<UserAccount> userByTokenHash(String tokenHash) {
        return holderByTokenHash(tokenHash).map(TokenHolder::user);
    }

    /**
     * Who a token authenticates, and whether the operator made it; as {@link #userByTokenHash}, which
     * records the use the same way.
     */
    public Optional<TokenHolder> holderByTokenHash(String tokenHash) {
        if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
            return Optional.empty();
        }
        return database.inTransaction(connection -> {
            Optional<TokenRepository.Match> match = tokens.match(connection, tokenHash);
            if (match.isPresent()) {
                Instant now = now();
                Optional<Instant> lastUsed = match.get().lastUsedAt();
                if (lastUsed.isEmpty()
                        || lastUsed.get().plus(LAST_USED_RESOLUTION).isBefore(now)) {
                    tokens.touch(connection, match.get().tokenId(), now);
                }
            }
            return match.map(m -> new TokenHolder(m.owner(), m.operatorIssued()));
        });
    }

    /** Revokes any user's token (administrators). @return false when there is no such active token */
    public boolean revokeToken(long tokenId) {
        return database.inTransaction(connection -> tokens.revoke(connection, tokenId));
    }

    /**
     * Revokes a token only if {@code username} owns it (a user managing their own tokens).
     *
     * @return false when that user has no such active token
     */
    public boolean revokeToken(String username, long tokenId) {
        Objects.requireNonNull(username, "username");
        return database.inTransaction(connection -> tokens.revokeOwn(connection, username, tokenId));
    }

    /** Revokes every active token of a user; returns how many were revoked. */
    public int revokeTokens(String username) {
        Objects.requireNonNull(username, "username");
        return database.inTransaction(connection -> tokens.revokeAll(connection, username));
    }

    /** The tokens of one user, revoked ones included, oldest first. */
    public List<ApiTokenInfo> tokens(String username) {
        Objects.requireNonNull(username, "username");
        return database.inTransaction(connection -> tokens.ofUser(connection, username));
    }

    /** Every token of every user, revoked ones included, oldest first. */
    public List<ApiTokenInfo> tokens() {
        return database.inTransaction(tokens::all);
    }

    private static void requireSha256Hex(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        if (!SHA256_HEX.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("a token hash must be a SHA-256 as 64 lower-case hex digits");
        }
    }
}
