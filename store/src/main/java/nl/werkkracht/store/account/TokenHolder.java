package nl.werkkracht.store.account;

import java.util.Objects;

/**
 * The user a valid API token authenticates.
 *
 * @param user the token's owner, enabled
 * @param operatorIssued true when the operator made the token on the machine: it never opens an
 *     organisation's data (ADR 0015)
 */
public record TokenHolder(UserAccount user, boolean operatorIssued) {
    public TokenHolder {
        Objects.requireNonNull(user, "user");
    }
}
