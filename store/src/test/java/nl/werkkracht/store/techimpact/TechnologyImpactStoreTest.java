package nl.werkkracht.store.techimpact;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link TechnologyImpactStoreContract} on the embedded H2 database. */
class TechnologyImpactStoreTest extends TechnologyImpactStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
