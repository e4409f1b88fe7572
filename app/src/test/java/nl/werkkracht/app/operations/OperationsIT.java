package nl.werkkracht.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What an operator uses (issue 14): liveness and readiness, Prometheus metrics for administrators, request
 * ids. Metrics export is off in Spring Boot tests unless asked for ({@code @AutoConfigureObservability}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class OperationsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void shouldAnswerLivenessAndReadinessWithTheDatabaseChecked() {
        var client = new WebClient(port);

        HttpResponse<String> live = client.get("/actuator/health/liveness");
        HttpResponse<String> ready = client.get("/actuator/health/readiness");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"UP\"");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
    }

    @Test
    void shouldServePrometheusMetricsToAdministratorsOnly() {
        var client = new WebClient(port);
        AccountService accounts = context.getBean(AccountService.class);
        accounts.createUser("metrics-admin", Role.ADMIN, Optional.of(OrganisationFixtures.PASSWORD));
        String token = accounts.issueToken("metrics-admin", "prometheus").token();
        client.get("/api/v1/version");

        HttpResponse<String> anonymous = client.get("/actuator/prometheus");
        HttpResponse<String> metrics = client.get("/actuator/prometheus", "Authorization", "Bearer " + token);

        assertThat(anonymous.statusCode()).isIn(401, 302);
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_bucket")
                .contains("werkkracht_datasets ")
                .contains("werkkracht_survey_responses_stored ")
                .contains("hikaricp_connections_active");
    }

    @Test
    void shouldGiveEveryRequestAnIdAndKeepAGivenOne() {
        var client = new WebClient(port);

        HttpResponse<String> fresh = client.get("/api/v1/version");
        HttpResponse<String> given = client.get("/api/v1/version", "X-Request-Id", "lb-1234.abc");
        HttpResponse<String> refused = client.get("/api/v1/version", "X-Request-Id", "bad id <script>");

        assertThat(fresh.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).hasSize(16));
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("lb-1234.abc");
        assertThat(refused.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("<"));
    }
}
