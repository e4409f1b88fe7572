package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.observation.ObservationStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what, over real HTTP: anonymous visitors cannot import or manage users, an analyst cannot
 * manage users, forms need their CSRF token, and every answer carries the security headers.
 */
class SecurityIT extends RunningPlatform {

    private static final String CSV = "measure,region,sector,period,value,unit,price_basis,status\n"
            + "HOURS,NL,TOTAL,2015,1,MIO_HW,,DEFINITIVE\n";

    @Autowired
    ObservationStore observations;

    @Test
    void shouldRefuseAnImportByAnAnonymousVisitorAndStoreNothing() {
        WebClient anonymous = browser();

        HttpResponse<String> api = anonymous.postJson("/api/v1/datasets/sec-anon/imports", CSV);
        HttpResponse<String> apiWithSession = anonymous.postWithCsrfHeader(
                "/api/v1/datasets/sec-anon/imports", anonymous.csrf("/login"), "text/csv", CSV);
        HttpResponse<String> page = anonymous.post("/data/upload", Map.of("dataset", "sec-anon"));
        HttpResponse<String> pageWithCsrf =
                anonymous.postWithCsrf("/login", "/data/upload", Map.of("dataset", "sec-anon"));

        assertThat(api.statusCode()).isIn(401, 403);
        assertThat(apiWithSession.statusCode()).isEqualTo(401);
        assertThat(apiWithSession.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(pageWithCsrf.statusCode()).isEqualTo(302);
        assertThat(pageWithCsrf.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
        assertThat(observations.dataset("sec-anon")).isEmpty();
    }

    @Test
    void shouldSendAnAnonymousVisitorOfTheUserPagesToTheLoginAndRefuseTheUsersApi() {
        WebClient anonymous = browser();

        HttpResponse<String> page = anonymous.get("/admin/users");
        HttpResponse<String> list = anonymous.get("/api/v1/users", "Accept", "application/json");
        HttpResponse<String> create =
                anonymous.postJson("/api/v1/users", "{\"username\":\"sec-eve\",\"role\":\"ADMIN\"}");
        HttpResponse<String> token = anonymous.postJson("/api/v1/users/admin/tokens", "{}");
        HttpResponse<String> tokens = anonymous.get("/account/tokens");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(list.body()).contains("\"status\":401").doesNotContain("sec-");
        assertThat(create.statusCode()).isIn(401, 403);
        assertThat(token.statusCode()).isIn(401, 403);
        assertThat(tokens.statusCode()).isEqualTo(302);
        assertThat(accounts.user("sec-eve")).isEmpty();
    }

    @Test
    void shouldNotLetAnAnalystManageUsers() {
        String analyst = newUser("sec-analyst", Role.ANALYST);
        WebClient browser = loggedIn(analyst);

        HttpResponse<String> page = browser.get("/admin/users");
        HttpResponse<String> add = browser.postWithCsrf(
                "/account/tokens", "/admin/users", Map.of("username", "sec-mallory", "role", "ADMIN"));
        HttpResponse<String> promote =
                browser.postWithCsrf("/account/tokens", "/admin/users/" + analyst + "/role", Map.of("role", "ADMIN"));
        HttpResponse<String> api = browser().get("/api/v1/users", bearer(analyst));
        HttpResponse<String> apiCreate = browser()
                .postJson("/api/v1/users", "{\"username\":\"sec-mallory\",\"role\":\"ADMIN\"}", bearer(analyst));
        HttpResponse<String> othersToken = browser().postJson("/api/v1/users/admin/tokens", "{}", bearer(analyst));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(add.statusCode()).isEqualTo(403);
        assertThat(promote.statusCode()).isEqualTo(403);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(apiCreate.statusCode()).isEqualTo(403);
        assertThat(othersToken.statusCode()).isEqualTo(403);
        assertThat(accounts.user("sec-mallory")).isEmpty();
        assertThat(accounts.user(analyst).orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(accounts.tokens("admin")).noneMatch(t -> t.name().equals("api"));
    }

    @Test
    void shouldRefuseALoggedInFormWithoutItsCsrfTokenAndAcceptItWithTheToken() {
        WebClient admin = admin();

        HttpResponse<String> without = admin.post("/admin/users", Map.of("username", "sec-csrf", "role", "ANALYST"));
        HttpResponse<String> forged =
                admin.post("/admin/users", Map.of("username", "sec-csrf", "role", "ANALYST", "_csrf", "not-the-token"));
        boolean createdWithout = accounts.user("sec-csrf").isPresent();
        HttpResponse<String> with =
                admin.postWithCsrf("/admin/users", "/admin/users", Map.of("username", "sec-csrf", "role", "ANALYST"));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(createdWithout).isFalse();
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(accounts.user("sec-csrf")).get().extracting(u -> u.role()).isEqualTo(Role.ANALYST);
    }

    @Test
    void shouldRefuseAnApiCallWithTheSessionButWithoutTheCsrfToken() {
        WebClient admin = admin();

        HttpResponse<String> response =
                admin.postJson("/api/v1/users", "{\"username\":\"sec-session\",\"role\":\"ANALYST\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(accounts.user("sec-session")).isEmpty();
    }

    @Test
    void shouldSendTheSecurityHeaders() {
        HttpResponse<String> page = browser().get("/login");
        HttpResponse<String> api = browser().get("/api/v1/version");

        for (HttpResponse<String> response : java.util.List.of(page, api)) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .get()
                    .asString()
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void shouldLogInTheFirstAdministratorWithThePasswordFromTheEnvironment() {
        WebClient admin = browser();

        HttpResponse<String> login = admin.login("admin", ADMIN_PASSWORD);
        HttpResponse<String> users = admin.get("/admin/users");

        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("id=\"users-link\"").contains("data-username=\"admin\"");
        assertThat(accounts.user("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }
}
