package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.account.UserAccount;
import org.junit.jupiter.api.Test;

/**
 * The account pages over real HTTP: administrators add users, change roles, disable and revoke; users
 * make and revoke their own tokens and change their password. Passwords are stored as Argon2id hashes,
 * logins are recorded, and repeated failures lock a username for a while.
 */
class AccountPagesIT extends RunningPlatform {

    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(wk_[A-Za-z0-9_-]+)<");
    private static final Pattern GENERATED = Pattern.compile("<code class=\"utrecht-code\">([A-Za-z0-9_-]{24})</code>");

    @Test
    void shouldStorePasswordsOnlyAsArgon2idHashes() {
        WebClient admin = admin();

        admin.postWithCsrf(
                "/admin/users",
                "/admin/users",
                Map.of("username", "pages-hashed", "role", "ANALYST", "password", "my plain password 1"));

        UserAccount user = accounts.user("pages-hashed").orElseThrow();
        assertThat(user.passwordHash()).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(user.passwordHash()).doesNotContain("my plain password 1");
        assertThat(accounts.user("admin").orElseThrow().passwordHash())
                .startsWith("{argon2}$argon2id$")
                .doesNotContain(ADMIN_PASSWORD);
        assertThat(browser()
                        .login("pages-hashed", "my plain password 1")
                        .headers()
                        .firstValue("Location"))
                .get()
                .asString()
                .doesNotContain("error");
    }

    @Test
    void shouldShowAGeneratedPasswordOnceThatLetsTheNewUserLogIn() {
        WebClient admin = admin();

        HttpResponse<String> created =
                admin.postWithCsrf("/admin/users", "/admin/users", Map.of("username", "Pages-New", "role", "EMPLOYER"));
        Matcher password = GENERATED.matcher(created.body());
        HttpResponse<String> again = admin.get("/admin/users");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(password.find()).as(created.body()).isTrue();
        assertThat(again.body()).doesNotContain(password.group(1)).contains("data-username=\"pages-new\"");
        browser().loggedIn("pages-new", password.group(1));
    }

    @Test
    void shouldChangeRoleDisableEnableAndRevokeTokensFromTheUsersPage() {
        String user = newUser("pages-managed", Role.EMPLOYER);
        String[] token = bearer(user);
        WebClient admin = admin();

        HttpResponse<String> role =
                admin.postWithCsrf("/admin/users", "/admin/users/" + user + "/role", Map.of("role", "ANALYST"));
        admin.postWithCsrf("/admin/users", "/admin/users/" + user + "/enabled", Map.of("enabled", "false"));
        boolean disabled = !accounts.user(user).orElseThrow().enabled();
        HttpResponse<String> disabledLogin = browser().login(user, PASSWORD);
        admin.postWithCsrf("/admin/users", "/admin/users/" + user + "/enabled", Map.of("enabled", "true"));
        admin.postWithCsrf("/admin/users", "/admin/users/" + user + "/tokens/revoke", Map.of());
        HttpResponse<String> page = admin.get("/admin/users");

        assertThat(role.statusCode()).isEqualTo(302);
        assertThat(accounts.user(user).orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(disabled).isTrue();
        assertThat(disabledLogin.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login?error");
        assertThat(accounts.user(user).orElseThrow().enabled()).isTrue();
        assertThat(browser().get("/api/v1/version", token).statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("API-token(s) van " + user + " ingetrokken");
    }

    @Test
    void shouldNotLetTheOnlyAdministratorDisableThemselves() {
        WebClient admin = admin();

        admin.postWithCsrf("/admin/users", "/admin/users/admin/enabled", Map.of("enabled", "false"));
        HttpResponse<String> page = admin.get("/admin/users");

        assertThat(accounts.user("admin").orElseThrow().enabled()).isTrue();
        assertThat(page.body()).contains("enige actieve beheerder");
    }

    @Test
    void shouldShowANewTokenOnceAndLetItsOwnerRevokeIt() {
        String user = newUser("pages-tokens", Role.ADVISER);
        WebClient browser = loggedIn(user);

        HttpResponse<String> created =
                browser.postWithCsrf("/account/tokens", "/account/tokens", Map.of("name", "my script"));
        Matcher token = NEW_TOKEN.matcher(created.body());
        assertThat(token.find()).as(created.body()).isTrue();
        String[] header = {"Authorization", "Bearer " + token.group(1)};
        HttpResponse<String> later = browser.get("/account/tokens");
        int beforeRevoke =
                browser().get("/api/v1/users/" + user + "/tokens", header).statusCode();
        long id = accounts.tokens(user).get(0).id();
        browser.postWithCsrf("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of());

        assertThat(later.body()).contains("my script").doesNotContain(token.group(1));
        assertThat(beforeRevoke).isEqualTo(200);
        assertThat(browser().get("/api/v1/users/" + user + "/tokens", header).statusCode())
                .isEqualTo(401);
        assertThat(accounts.tokens(user))
                .singleElement()
                .extracting(t -> t.revoked())
                .isEqualTo(true);
    }

    @Test
    void shouldChangeTheOwnPasswordOnlyWithTheCurrentOne() {
        String user = newUser("pages-password", Role.ANALYST);
        WebClient browser = loggedIn(user);

        HttpResponse<String> wrong = browser.postWithCsrf(
                "/account/password",
                "/account/password",
                Map.of("current", "not my password", "password", "a brand new secret", "repeat", "a brand new secret"));
        HttpResponse<String> right = browser.postWithCsrf(
                "/account/password",
                "/account/password",
                Map.of("current", PASSWORD, "password", "a brand new secret", "repeat", "a brand new secret"));

        assertThat(wrong.body()).contains("Het huidige wachtwoord klopt niet.");
        assertThat(right.body()).contains("Uw wachtwoord is gewijzigd.");
        browser().loggedIn(user, "a brand new secret");
    }

    @Test
    void shouldRecordTheLastLogin() {
        String user = newUser("pages-login", Role.ANALYST);
        boolean neverBefore = accounts.user(user).orElseThrow().lastLoginAt().isEmpty();

        loggedIn(user);

        assertThat(neverBefore).isTrue();
        assertThat(accounts.user(user).orElseThrow().lastLoginAt()).isPresent();
    }

    @Test
    void shouldMakeGuessesFromOneAddressWaitWithTheSameGenericError() {
        String user = newUser("pages-locked", Role.ANALYST);
        String other = newUser("pages-unlocked", Role.ANALYST);

        // after the free failures each try from this address waits seconds: the right password too, at once
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2; i++) {
            browser().login(user, "wrong password " + i);
        }
        HttpResponse<String> correct = browser().login(user.toUpperCase(java.util.Locale.ROOT), PASSWORD);
        HttpResponse<String> error = browser().get("/login?error");

        assertThat(correct.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(error.body()).contains("Gebruikersnaam of wachtwoord klopt niet.");
        assertThat(accounts.user(user).orElseThrow().lastLoginAt()).isEmpty();
        loggedIn(other);
    }

    @Test
    void shouldShowTheUserPagesInEnglish() {
        WebClient admin = admin();

        HttpResponse<String> users = admin.get("/admin/users?lang=en");
        HttpResponse<String> tokens = admin.get("/account/tokens?lang=en");

        assertThat(users.body())
                .contains("<h1 class=\"utrecht-heading-1\">Users</h1>")
                .contains("Administrator");
        assertThat(tokens.body())
                .contains("<h2 class=\"utrecht-heading-2\">New token</h2>")
                .contains("My account");
    }
}
