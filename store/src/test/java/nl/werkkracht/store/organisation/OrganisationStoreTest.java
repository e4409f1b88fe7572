package nl.werkkracht.store.organisation;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link OrganisationStoreContract} on the embedded H2 database. */
class OrganisationStoreTest extends OrganisationStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
