package nl.werkkracht.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AccountStoreContract} on the embedded H2 database, plus the values' own rules. */
class AccountStoreTest extends AccountStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }

    @Test
    void shouldNormaliseWhatPeopleTypeAsUsername() {
        assertThat(UserAccount.normalise("  Anna.de.Vries@Example.NL ")).isEqualTo("anna.de.vries@example.nl");
    }

    @Test
    void shouldParseRolesIgnoringCase() {
        assertThat(Role.parse(" analyst")).contains(Role.ANALYST);
        assertThat(Role.parse("root")).isEmpty();
        assertThat(Role.parse(null)).isEqualTo(Optional.empty());
    }
}
