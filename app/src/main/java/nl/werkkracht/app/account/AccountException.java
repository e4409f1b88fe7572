package nl.werkkracht.app.account;

import java.util.Objects;

/**
 * A request about accounts that cannot be carried out. The {@link Reason} lets pages show a translated
 * message ({@code account.error.<REASON>}) and the API choose its status; the message says it in English
 * for the CLI and problem details.
 */
public final class AccountException extends RuntimeException {

    /** Why the request failed. */
    public enum Reason {
        INVALID_USERNAME,
        INVALID_ROLE,
        USERNAME_TAKEN,
        UNKNOWN_USER,
        UNKNOWN_TOKEN,
        USER_DISABLED,
        WEAK_PASSWORD,
        WRONG_PASSWORD,
        INVALID_TOKEN_NAME,
        /** The change would leave no enabled administrator. */
        LAST_ADMINISTRATOR,
        /** Somebody else's API token: only its owner creates one (ADR 0015). */
        NOT_OWNER
    }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
