package nl.werkkracht.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Default datasets on upgrade (ADR 0020): a default a new release adds is loaded into an existing
 * database with a log line; a user's dataset of the same name is kept; a deleted default stays deleted.
 */
class DefaultDatasetsUpgradeIT {

    @TempDir
    Path dataDir;

    private String open() {
        var out = new ByteArrayOutputStream();
        try (Platform p = Platform.open(
                Map.of(DatabaseConfig.DATA_DIR_VARIABLE, dataDir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private void sql(String... statements) throws Exception {
        try (Platform p = Platform.open(
                Map.of(DatabaseConfig.DATA_DIR_VARIABLE, dataDir.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            p.database().inTransaction(c -> {
                for (String s : statements) {
                    try (var st = c.createStatement()) {
                        st.executeUpdate(s);
                    }
                }
                return null;
            });
        }
    }

    private boolean exists(String name) {
        try (Platform p = Platform.open(
                Map.of(DatabaseConfig.DATA_DIR_VARIABLE, dataDir.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            return p.store().exists(name);
        }
    }

    @Test
    void shouldAddANewDefaultOnUpgradeOnceAndNeverReplaceAUsersDataset() throws Exception {
        String first = open();
        assertThat(first).contains("First start").contains("Loading default dataset nama_10r_gva2018");
        assertThat(open()).doesNotContain("Loading default dataset");

        // an installation of an earlier release: nama_10r_gva2018 was never offered; a user's own dataset
        // holds the name prc_hicp_aind
        sql(
                "DELETE FROM dataset WHERE name IN ('nama_10r_gva2018', 'prc_hicp_aind')",
                "DELETE FROM default_dataset_offer WHERE name IN ('nama_10r_gva2018', 'prc_hicp_aind')",
                "INSERT INTO dataset (name, title, source, licence, source_url, retrieved, description, imported_at)"
                        + " VALUES ('prc_hicp_aind', 'Mijn eigen CPI', 'eigen', 'eigen', '', NULL, 'eigen',"
                        + " CURRENT_TIMESTAMP)");

        String upgrade = open();
        assertThat(upgrade)
                .doesNotContain("First start")
                .contains("Loading default dataset nama_10r_gva2018")
                .contains("Default dataset prc_hicp_aind not loaded: a dataset of that name is already stored");
        assertThat(exists("nama_10r_gva2018")).isTrue();

        // a default the user deleted is not brought back
        sql("DELETE FROM dataset WHERE name = 'nama_10r_gva2018'");
        assertThat(open()).doesNotContain("Loading default dataset");
        assertThat(exists("nama_10r_gva2018")).isFalse();
    }
}
