package nl.werkkracht.app.account;

import java.util.Objects;
import nl.werkkracht.store.account.ApiTokenInfo;

/**
 * A personal API token just created.
 *
 * @param token the token itself: show it once to its owner; only its SHA-256 is stored, so it cannot be
 *     shown again. Not shown by {@link #toString()}
 * @param info what is stored about it
 */
public record IssuedToken(String token, ApiTokenInfo info) {

    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(info, "info");
    }

    @Override
    public String toString() {
        return "IssuedToken[token=" + ApiTokens.PREFIX + "***, info=" + info + "]";
    }
}
