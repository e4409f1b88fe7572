package nl.werkkracht.app.account;

import static nl.werkkracht.app.account.AccountException.Reason.INVALID_TOKEN_NAME;
import static nl.werkkracht.app.account.AccountException.Reason.INVALID_USERNAME;
import static nl.werkkracht.app.account.AccountException.Reason.LAST_ADMINISTRATOR;
import static nl.werkkracht.app.account.AccountException.Reason.UNKNOWN_USER;
import static nl.werkkracht.app.account.AccountException.Reason.USERNAME_TAKEN;
import static nl.werkkracht.app.account.AccountException.Reason.USER_DISABLED;
import static nl.werkkracht.app.account.AccountException.Reason.WRONG_PASSWORD;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.ApiTokenInfo;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.account.TokenHolder;
import nl.werkkracht.store.account.UserAccount;
import nl.werkkracht.store.account.UsernameTakenException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts, roles and API tokens as the pages, the API and the CLI use them: passwords go in as typed
 * and are hashed here, tokens are generated here and come out once; the store sees only hashes.
 *
 * <p>Usernames are taken as typed and normalised ({@link UserAccount#normalise}). A change that would
 * leave no enabled administrator is refused, so that nobody can lock the platform's users out of user
 * management. Expected failures are {@link AccountException}s with a reason.
 */
public final class AccountService {

    private final AccountStore store;
    private final PasswordEncoder encoder;

    public AccountService(AccountStore store, PasswordEncoder encoder) {
        this.store = Objects.requireNonNull(store, "store");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** With the platform's password hashing ({@link Passwords#encoder()}), for the CLI. */
    public static AccountService withDefaultHashing(AccountStore store) {
        return new AccountService(store, Passwords.encoder());
    }

    /**
     * Creates an enabled user with {@code password}, or with a generated password when it is empty.
     *
     * @throws AccountException for an invalid or taken username or a weak password
     */
    public CreatedUser createUser(String typedUsername, Role role, Optional<String> password) {
        String username = validUsername(typedUsername);
        Objects.requireNonNull(role, "role");
        Optional<String> generated = password.isPresent() ? Optional.empty() : Optional.of(Passwords.generate());
        String hash = encoder.encode(Passwords.requireAcceptable(password.orElseGet(generated::get)));
        try {
            return new CreatedUser(store.createUser(username, hash, role), generated);
        } catch (UsernameTakenException e) {
            throw new AccountException(USERNAME_TAKEN, e.getMessage());
        }
    }

    /**
     * Creates an account for somebody else (an administrator's page or API, the operator's command line):
     * as {@link #createUser}, and the owner must choose their own password at the first login, because the
     * one who made the account knows this one (ADR 0015).
     */
    public CreatedUser createUserForOwner(String typedUsername, Role role, Optional<String> password) {
        CreatedUser created = createUser(typedUsername, role, password);
        store.setPasswordChangeRequired(created.user().username(), true);
        return created;
    }

    /** Whether the user must choose their own password before anything else. */
    public boolean passwordChangeRequired(String typedUsername) {
        return store.passwordChangeRequired(UserAccount.normalise(typedUsername));
    }

    /**
     * Creates the first administrator when there is no user at all (first start).
     *
     * @return the new administrator (with the generated password when none was given); empty when there
     *     already are users
     */
    public Optional<CreatedUser> createFirstAdministrator(String typedUsername, Optional<String> password) {
        String username = validUsername(typedUsername);
        if (store.hasUsers()) {
            return Optional.empty();
        }
        Optional<String> generated = password.isPresent() ? Optional.empty() : Optional.of(Passwords.generate());
        String hash = encoder.encode(Passwords.requireAcceptable(password.orElseGet(generated::get)));
        return store.createFirstUser(username, hash, Role.ADMIN).map(user -> new CreatedUser(user, generated));
    }

    /** Every user, ordered by username. */
    public List<UserAccount> users() {
        return store.users();
    }

    /** The user with this (typed) username. */
    public Optional<UserAccount> user(String typedUsername) {
        return store.user(UserAccount.normalise(typedUsername));
    }

    /** @throws AccountException for an unknown user, or when it would remove the last administrator */
    public void changeRole(String typedUsername, Role role) {
        UserAccount user = existing(typedUsername);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherEnabledAdministrator(user);
        }
        store.setRole(user.username(), role);
    }

    /**
     * Enables or disables a user; a disabled user can neither log in nor use an API token.
     *
     * @throws AccountException for an unknown user, or when it would disable the last administrator
     */
    public void setEnabled(String typedUsername, boolean enabled) {
        UserAccount user = existing(typedUsername);
        if (!enabled && user.role() == Role.ADMIN) {
            requireAnotherEnabledAdministrator(user);
        }
        store.setEnabled(user.username(), enabled);
    }

    private void requireAnotherEnabledAdministrator(UserAccount user) {
        boolean another = store.users().stream()
                .anyMatch(u ->
                        u.enabled() && u.role() == Role.ADMIN && !u.username().equals(user.username()));
        if (user.enabled() && !another) {
            throw new AccountException(
                    LAST_ADMINISTRATOR, user.username() + " is the only enabled administrator; appoint another first");
        }
    }

    /**
     * Changes a user's own password after checking the current one.
     *
     * @throws AccountException when the current password is wrong or the new one weak
     */
    public void changePassword(String typedUsername, String currentPassword, String newPassword) {
        UserAccount user = existing(typedUsername);
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new AccountException(WRONG_PASSWORD, "the current password is not right");
        }
        store.changePasswordHash(user.username(), encoder.encode(Passwords.requireAcceptable(newPassword)));
        store.setPasswordChangeRequired(user.username(), false);
    }

    /** Stores a hash made with newer parameters after a successful login (no password involved). */
    void replacePasswordHash(String username, String newHash) {
        store.changePasswordHash(username, newHash);
    }

    /** Records a successful login with the password. */
    public void recordLogin(String username) {
        store.recordLogin(username);
    }

    /**
     * Creates a personal API token for an enabled user, at that user's own request: callers make sure
     * the user asks (the own-account page, the API for the authenticated user only; ADR 0015).
     *
     * @param name what the owner calls it, 1 to 100 characters
     * @throws AccountException for an unknown or disabled user or an invalid name
     */
    public IssuedToken issueToken(String typedUsername, String name) {
        return issue(typedUsername, name, false);
    }

    /**
     * Creates an API token the operator makes on the machine ({@code ./werkkracht users token}): it works
     * for the monitor, data imports and user management, but never opens an organisation's data, whatever
     * the user's role or memberships, now or later (ADR 0015).
     *
     * @throws AccountException for an unknown or disabled user or an invalid name
     */
    public IssuedToken issueOperatorToken(String typedUsername, String name) {
        return issue(typedUsername, name, true);
    }

    private IssuedToken issue(String typedUsername, String name, boolean operatorIssued) {
        UserAccount user = existing(typedUsername);
        if (!user.enabled()) {
            throw new AccountException(USER_DISABLED, "user " + user.username() + " is disabled");
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > ApiTokenInfo.MAX_NAME) {
            throw new AccountException(
                    INVALID_TOKEN_NAME, "a token name must have 1 to " + ApiTokenInfo.MAX_NAME + " characters");
        }
        String token = ApiTokens.generate();
        ApiTokenInfo info = store.createToken(user.username(), trimmed, ApiTokens.hash(token), operatorIssued)
                .orElseThrow(() -> unknown(user.username()));
        return new IssuedToken(token, info);
    }

    /**
     * The user a bearer token authenticates: a token of this platform, not revoked, of an enabled user.
     */
    public Optional<UserAccount> authenticateToken(String token) {
        return tokenHolder(token).map(TokenHolder::user);
    }

    /** As {@link #authenticateToken}, with whether the operator made the token. */
    public Optional<TokenHolder> tokenHolder(String token) {
        if (!ApiTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return store.holderByTokenHash(ApiTokens.hash(token));
    }

    /** The tokens of one user, revoked ones included, oldest first. */
    public List<ApiTokenInfo> tokens(String typedUsername) {
        return store.tokens(UserAccount.normalise(typedUsername));
    }

    /** Every token of every user, revoked ones included, oldest first (administrators). */
    public List<ApiTokenInfo> allTokens() {
        return store.tokens();
    }

    /** Revokes a token of {@code username}; false when that user has no such active token. */
    public boolean revokeOwnToken(String typedUsername, long tokenId) {
        return store.revokeToken(UserAccount.normalise(typedUsername), tokenId);
    }

    /** Revokes every active token of a user (administrators); returns how many. */
    public int revokeTokens(String typedUsername) {
        return store.revokeTokens(existing(typedUsername).username());
    }

    private UserAccount existing(String typedUsername) {
        String username = UserAccount.normalise(typedUsername);
        return store.user(username).orElseThrow(() -> unknown(username));
    }

    private static AccountException unknown(String username) {
        return new AccountException(UNKNOWN_USER, "there is no user called " + username);
    }

    private static String validUsername(String typed) {
        String username = UserAccount.normalise(typed);
        try {
            return UserAccount.requireValidUsername(username);
        } catch (IllegalArgumentException e) {
            throw new AccountException(INVALID_USERNAME, e.getMessage());
        }
    }
}
