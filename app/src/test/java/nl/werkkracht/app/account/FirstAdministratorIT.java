package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.account.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first start without WERKKRACHT_ADMIN_PASSWORD (on a fresh data directory of its own): the first
 * administrator gets a generated one-time password, printed once in the log at WARN level, which logs
 * in and is stored only as a hash.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"werkkracht.admin.user=Beheer", "werkkracht.admin.password="})
class FirstAdministratorIT {

    private static final Pattern ANNOUNCED =
            Pattern.compile("WARN +n\\.w\\.app\\.account\\.FirstAdministrator - \\s+=+\\s+"
                    + "First start: created the administrator 'beheer' with this ONE-TIME PASSWORD:\\s+"
                    + "([A-Za-z0-9_-]{24})\\s");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void shouldPrintAGeneratedPasswordOnceThatLogsInAndIsStoredOnlyAsAHash(CapturedOutput output) {
        Matcher announced = ANNOUNCED.matcher(output.getAll());
        assertThat(announced.find()).as(output.getAll()).isTrue();
        String password = announced.group(1);

        firstAdministrator.afterSingletonsInstantiated(); // a second start on the same database

        assertThat(output.getAll().split(Pattern.quote(password), -1)).hasSize(2);
        assertThat(output.getAll()).containsOnlyOnce("First start: created the administrator");
        UserAccount admin = accounts.user("beheer").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{argon2}$argon2id$").doesNotContain(password);
        assertThat(accounts.users()).hasSize(1);
        new WebClient(port).loggedIn("beheer", password);
    }
}
