package nl.werkkracht.store.benchmark;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link BenchmarkVersionStoreContract} on the embedded H2 database. */
class BenchmarkVersionStoreTest extends BenchmarkVersionStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
