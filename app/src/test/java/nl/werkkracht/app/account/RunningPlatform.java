package nl.werkkracht.app.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkkracht.store.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web platform on a random port over a data directory the test knows (so that the CLI can use the
 * same database), with the first administrator's password given as WERKKRACHT_ADMIN_PASSWORD would.
 * Subclasses share one application context; each test makes users with names of its own, so that tests
 * do not see each other's users or login failures.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"werkkracht.admin.user=admin", "werkkracht.admin.password=" + RunningPlatform.ADMIN_PASSWORD})
abstract class RunningPlatform {

    static final String ADMIN_PASSWORD = "first-admin-secret-2026";
    static final String PASSWORD = "correct horse battery";

    /** One directory for the whole JVM: the shared context keeps its database open there. */
    static final Path DATA_DIR = createDataDir();

    private static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("werkkracht.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("werkkracht-account-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new user with {@link #PASSWORD}, named after {@code prefix} and unique in this JVM. */
    String newUser(String prefix, Role role) {
        String name = prefix + "-" + USERS.incrementAndGet();
        accounts.createUser(name, role, java.util.Optional.of(PASSWORD));
        return name;
    }

    WebClient browser() {
        return new WebClient(port);
    }

    WebClient loggedIn(String username) {
        return browser().loggedIn(username, PASSWORD);
    }

    WebClient admin() {
        return browser().loggedIn("admin", ADMIN_PASSWORD);
    }

    /** A new API token of {@code username}, as the header pair for {@link WebClient}. */
    String[] bearer(String username) {
        return new String[] {
            "Authorization", "Bearer " + accounts.issueToken(username, "test").token()
        };
    }
}
