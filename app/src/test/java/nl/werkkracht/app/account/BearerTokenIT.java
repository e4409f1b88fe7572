package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens over real HTTP: a valid token authenticates an API call without a session and
 * without a CSRF token; an unknown or revoked token, or one of a disabled user, gets 401 with a problem
 * detail; the users API creates users and tokens.
 */
class BearerTokenIT extends RunningPlatform {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAuthenticateAnApiCallByTokenWithoutSessionOrCsrf() throws Exception {
        String[] token = bearer("admin");
        WebClient script = browser();

        HttpResponse<String> list = script.get("/api/v1/users", token);
        HttpResponse<String> create =
                script.postJson("/api/v1/users", "{\"username\":\"Bearer-Made\",\"role\":\"ADVISER\"}", token);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).findValuesAsText("username")).contains("admin");
        assertThat(list.body()).doesNotContain("argon2").doesNotContain("password");
        assertThat(create.statusCode()).isEqualTo(201);
        JsonNode created = JSON.readTree(create.body());
        assertThat(created.at("/user/username").asText()).isEqualTo("bearer-made");
        assertThat(created.at("/user/role").asText()).isEqualTo("ADVISER");
        assertThat(created.at("/generatedPassword").asText()).hasSize(24);
        assertThat(list.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(create.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(script.session()).isEmpty();
        assertThat(accounts.user("bearer-made")).isPresent();
    }

    @Test
    void shouldAnswerAnUnknownTokenWithA401ProblemDetail() throws Exception {
        for (String value : new String[] {"wk_" + "A".repeat(43), "not-a-token", "wk_short"}) {
            HttpResponse<String> response = browser().get("/api/v1/version", "Authorization", "Bearer " + value);

            assertThat(response.statusCode()).as(value).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("type").asText()).isEqualTo("https://werkkracht.nl/problems/invalid-token");
            // in Dutch unless the client asks otherwise (ADR 0016)
            assertThat(problem.get("title").asText()).isEqualTo("Het API-token is niet geldig");
            assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/version");
        }
    }

    @Test
    void shouldRefuseARevokedToken() {
        String analyst = newUser("bt-revoked", Role.ANALYST);
        IssuedToken issued = accounts.issueToken(analyst, "script");
        String[] header = {"Authorization", "Bearer " + issued.token()};
        int before =
                browser().get("/api/v1/users/" + analyst + "/tokens", header).statusCode();

        HttpResponse<String> revoke = browser()
                .delete("/api/v1/users/" + analyst + "/tokens/" + issued.info().id(), header);
        HttpResponse<String> after = browser().get("/api/v1/users/" + analyst + "/tokens", header);

        assertThat(before).isEqualTo(200);
        assertThat(revoke.statusCode()).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldRefuseTheTokenOfADisabledUserUntilEnabledAgain() {
        String analyst = newUser("bt-disabled", Role.ANALYST);
        String[] header = bearer(analyst);

        accounts.setEnabled(analyst, false);
        int disabled = browser().get("/api/v1/version", header).statusCode();
        accounts.setEnabled(analyst, true);
        int enabled = browser().get("/api/v1/version", header).statusCode();

        assertThat(disabled).isEqualTo(401);
        assertThat(enabled).isEqualTo(200);
    }

    @Test
    void shouldLetAUserCreateATokenForThemselvesAndUseIt() throws Exception {
        String employer = newUser("bt-self", Role.EMPLOYER);

        HttpResponse<String> issued =
                browser().postJson("/api/v1/users/" + employer + "/tokens", "{\"name\":\"report\"}", bearer(employer));
        String token = JSON.readTree(issued.body()).get("token").asText();
        HttpResponse<String> list =
                browser().get("/api/v1/users/" + employer + "/tokens", "Authorization", "Bearer " + token);

        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(token).startsWith("wk_").hasSize(46);
        assertThat(JSON.readTree(issued.body()).at("/info/name").asText()).isEqualTo("report");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"report\"").doesNotContain(token);
    }

    @Test
    void shouldAnswerRefusedAccountRequestsWithProblemDetails() throws Exception {
        String[] admin = bearer("admin");

        HttpResponse<String> taken =
                browser().postJson("/api/v1/users", "{\"username\":\"admin\",\"role\":\"ADMIN\"}", admin);
        HttpResponse<String> badRole =
                browser().postJson("/api/v1/users", "{\"username\":\"bt-x\",\"role\":\"ROOT\"}", admin);
        HttpResponse<String> weak = browser()
                .postJson(
                        "/api/v1/users", "{\"username\":\"bt-y\",\"role\":\"ANALYST\",\"password\":\"short\"}", admin);
        HttpResponse<String> unknown = browser().postJson("/api/v1/users/nobody-here/tokens", "{}", admin);

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(taken.body()).get("reason").asText()).isEqualTo("USERNAME_TAKEN");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(weak.body()).get("detail").asText()).contains("12 to 128 characters");
        // an administrator creates no token for another user, existing or not (ADR 0015)
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(accounts.user("bt-x")).isEmpty();
        assertThat(accounts.user("bt-y")).isEmpty();
    }

    @Test
    void shouldDescribeTheUsersApiAndTheBearerSchemeInOpenApi() throws Exception {
        JsonNode api = JSON.readTree(browser().get("/v3/api-docs").body());

        assertThat(api.at("/paths/~1api~1v1~1users/post").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1v1~1users~1{name}~1tokens/post").isMissingNode())
                .isFalse();
        assertThat(api.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }
}
