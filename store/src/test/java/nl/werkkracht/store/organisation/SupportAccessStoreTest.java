package nl.werkkracht.store.organisation;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link SupportAccessStoreContract} on the embedded H2 database. */
class SupportAccessStoreTest extends SupportAccessStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
