package nl.werkkracht.store.scan;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScanPublicationsContract} on the embedded H2 database. */
class ScanPublicationsTest extends ScanPublicationsContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
