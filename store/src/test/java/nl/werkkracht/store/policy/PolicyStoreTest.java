package nl.werkkracht.store.policy;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link PolicyStoreContract} on the embedded H2 database. */
class PolicyStoreTest extends PolicyStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
