package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;

/**
 * {@code ./werkkracht users} on the database of the running platform (the same data directory, as an
 * operator would run it next to {@code serve}): what the CLI creates works against the web application.
 */
class UsersCliIT extends RunningPlatform {

    private static Map<String, String> env() {
        return Map.of("WERKKRACHT_DATA_DIR", DATA_DIR.toString());
    }

    @Test
    void shouldAddAUserAndPrintATokenThatWorksAgainstTheRunningApp() {
        Cli add = Cli.run(
                env(), "cli password 2026\n", "users", "add", "cli-anna", "--role", "ANALYST", "--password-stdin");
        Cli token = Cli.run(env(), "", "users", "token", "cli-anna");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("Created user cli-anna with role ANALYST.\n");
        assertThat(token.exitCode()).as(token.err()).isZero();
        assertThat(token.out()).matches("wk_[A-Za-z0-9_-]{43}\n");
        String[] bearer = {"Authorization", "Bearer " + token.out().strip()};
        HttpResponse<String> tokens = browser().get("/api/v1/users/cli-anna/tokens", bearer);
        HttpResponse<String> users = browser().get("/api/v1/users", bearer);
        assertThat(tokens.statusCode()).isEqualTo(200);
        assertThat(tokens.body()).contains("\"name\":\"cli\"");
        assertThat(users.statusCode()).isEqualTo(403);
        browser().loggedIn("cli-anna", "cli password 2026");
    }

    @Test
    void shouldGenerateAPasswordAndPrintItOnce() {
        Cli add = Cli.run(env(), "", "users", "add", "cli-bert", "--role", "EMPLOYER");

        assertThat(add.exitCode()).as(add.err()).isZero();
        String[] lines = add.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("Created user cli-bert with role EMPLOYER.");
        assertThat(lines[1]).contains("shown only this once");
        assertThat(lines[2]).matches("[A-Za-z0-9_-]{24}");
        assertThat(accounts.user("cli-bert").orElseThrow().passwordHash()).doesNotContain(lines[2]);
        browser().loggedIn("cli-bert", lines[2]);
    }

    @Test
    void shouldListTheUsersAsJson() throws Exception {
        newUser("cli-listed", Role.ADVISER);

        Cli list = Cli.run(env(), "", "users", "list", "--output", "json");

        assertThat(list.exitCode()).as(list.err()).isZero();
        var users = new ObjectMapper().readTree(list.out());
        assertThat(users.findValuesAsText("username")).contains("admin").anyMatch(n -> n.startsWith("cli-listed-"));
        assertThat(users.findValuesAsText("role")).contains("ADMIN", "ADVISER");
        assertThat(list.out()).doesNotContain("argon2");
    }

    @Test
    void shouldSayInOneLineWhatIsWrong() {
        Cli taken = Cli.run(
                env(), "some long password\n", "users", "add", "admin", "--role", "ANALYST", "--password-stdin");
        Cli unknown = Cli.run(env(), "", "users", "token", "nobody-at-all");
        Cli weak = Cli.run(env(), "short\n", "users", "add", "cli-weak", "--role", "ANALYST", "--password-stdin");
        Cli empty = Cli.run(env(), "", "users", "add", "cli-empty", "--role", "ANALYST", "--password-stdin");
        Cli badRole = Cli.run(env(), "", "users", "add", "cli-root", "--role", "ROOT");

        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).isEqualTo("werkkracht: a user called admin already exists\n");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("werkkracht: there is no user called nobody-at-all\n");
        assertThat(unknown.out()).isEmpty();
        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.err()).isEqualTo("werkkracht: a password must have 12 to 128 characters\n");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("--role");
        assertThat(accounts.user("cli-weak")).isEmpty();
        assertThat(accounts.user("cli-root")).isEmpty();
        assertThat(accounts.user("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }
}
