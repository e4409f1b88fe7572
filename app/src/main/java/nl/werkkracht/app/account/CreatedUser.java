package nl.werkkracht.app.account;

import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.store.account.UserAccount;

/**
 * A user just created.
 *
 * @param user the stored user
 * @param generatedPassword the password the platform generated, when none was given: show it once to
 *     whoever created the user; it is stored only as a hash. Not shown by {@link #toString()}
 */
public record CreatedUser(UserAccount user, Optional<String> generatedPassword) {

    public CreatedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(generatedPassword, "generatedPassword");
    }

    @Override
    public String toString() {
        return "CreatedUser[user=" + user + ", generatedPassword=" + (generatedPassword.isPresent() ? "***" : "none")
                + "]";
    }
}
