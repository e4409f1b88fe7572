package nl.werkkracht.store.db;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The upgrade from the previous release ({@link UpgradeContract}) on the embedded database. */
class UpgradeTest extends UpgradeContract {

    @TempDir
    Path dir;

    @Override
    protected DatabaseConfig emptyDatabase() {
        return DatabaseConfig.embedded(dir);
    }
}
