package nl.werkkracht.store.valuestream;

import java.nio.file.Path;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.io.TempDir;

/** {@link ValueStreamStoreContract} on the embedded H2 database. */
class ValueStreamStoreTest extends ValueStreamStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }
}
