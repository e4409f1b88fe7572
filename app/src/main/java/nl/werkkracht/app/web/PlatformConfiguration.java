package nl.werkkracht.app.web;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.app.gap.GapService;
import nl.werkkracht.app.gap.StructureService;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.app.productivity.ProductivityService;
import nl.werkkracht.app.shiftshare.ShiftShareService;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.typology.TypologyService;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.observation.ObservationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The same wiring as the CLI ({@link Platform}) as Spring beans: the database named by {@code
 * werkkracht.db.*} / {@code werkkracht.data-dir} (environment variables {@code WERKKRACHT_DB_URL},
 * {@code WERKKRACHT_DATA_DIR}), with the default datasets loaded on first start.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformConfiguration.class);

    @Bean(destroyMethod = "close")
    Platform platform(
            @Value("${werkkracht.data-dir}") String dataDir,
            @Value("${werkkracht.db.url:}") String url,
            @Value("${werkkracht.db.user:}") String user,
            @Value("${werkkracht.db.password:}") String password) {
        Map<String, String> env = new HashMap<>();
        env.put(DatabaseConfig.DATA_DIR_VARIABLE, dataDir);
        if (!url.isBlank()) {
            env.put(DatabaseConfig.URL_VARIABLE, url);
            env.put(DatabaseConfig.USER_VARIABLE, user);
            env.put(DatabaseConfig.PASSWORD_VARIABLE, password);
        }
        var log = new PrintStream(
                new java.io.OutputStream() {
                    private final StringBuilder line = new StringBuilder();

                    @Override
                    public void write(int b) {
                        if (b == '\n') {
                            LOG.info(line.toString());
                            line.setLength(0);
                        } else {
                            line.append((char) b);
                        }
                    }
                },
                true,
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return Platform.open(env, log);
    }

    @Bean
    Database database(Platform platform) {
        return platform.database();
    }

    @Bean
    ObservationStore observationStore(Platform platform) {
        return platform.store();
    }

    @Bean
    CodeLists codeLists(Platform platform) {
        return platform.codeLists();
    }

    @Bean
    ObservationFinder observationFinder(Platform platform) {
        return platform.finder();
    }

    @Bean
    ImportService importService(Platform platform) {
        return platform.imports();
    }

    @Bean
    ProductivityService productivityService(Platform platform) {
        return platform.productivity();
    }

    @Bean
    ShiftShareService shiftShareService(Platform platform) {
        return platform.shiftShare();
    }

    @Bean
    GapService gapService(Platform platform) {
        return platform.gap();
    }

    @Bean
    StructureService structureService(Platform platform) {
        return platform.structure();
    }

    @Bean
    TypologyService typologyService(Platform platform) {
        return platform.typology();
    }
}
