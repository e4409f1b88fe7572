package nl.werkkracht.store.routeplan;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link RouteChoiceStoreContract} on the embedded H2 database. */
class RouteChoiceStoreTest extends RouteChoiceStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
