package nl.werkkracht.store.network;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link NetworkStoreContract} on the embedded H2 database. */
class NetworkStoreTest extends NetworkStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
