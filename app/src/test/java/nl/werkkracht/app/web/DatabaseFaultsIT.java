package nl.werkkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.store.db.DatabaseException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 10: a request that fails because the database is out of reach answers 503 with {@code Retry-After}:
 * a problem detail in the client's language (Dutch by default) for scripts and the questionnaire page's
 * JavaScript, which keeps the answers and offers to send them again, and the product's 503 page for a
 * browser. (Before: 500.) The real PostgreSQL restart is {@code runtime.PostgresRestartIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesIT.Failing.class)
class DatabaseFaultsIT {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    /** What the connection pool throws when no connection comes within its timeout. */
    static DatabaseException unreachable() {
        return new DatabaseException(
                "database error on jdbc:postgresql://db/werkkracht: Connection is not available",
                new SQLTransientConnectionException("werkkracht - Connection is not available", "08003"));
    }

    /** What the PostgreSQL driver throws when the server went away while a statement was being sent. */
    static DatabaseException brokenPipe() {
        var io = new java.sql.SQLException(
                "An I/O error occurred while sending to the backend.",
                "08006",
                new java.net.SocketException("Broken pipe"));
        return new DatabaseException("database error on jdbc:postgresql://db/werkkracht: " + io.getMessage(), io);
    }

    /**
     * The root cause of issue 10's "200 with an empty body": Spring's DefaultHandlerExceptionResolver takes any
     * exception whose causes say "Broken pipe" for a client that went away and ends the request with nothing.
     * Here the pipe that broke was the database's; before DatabaseFaultAdvice this answered 200 with no body.
     */
    @Test
    void shouldAnswer503NotAnEmpty200WhenTheDatabaseConnectionBreaks() throws Exception {
        HttpResponse<String> r = new WebClient(port).postJson("/api/v1/public/test-only-database-broken-pipe", "{}");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JSON.readTree(r.body()).get("type").asText()).isEqualTo(ApiProblems.TYPES + "unavailable");
    }

    @Test
    void shouldAnswerAFailedWriteWith503AndRetryAfterAsADutchProblemDetail() throws Exception {
        var client = new WebClient(port);
        HttpResponse<String> dutch = client.postJson("/api/v1/public/test-only-database-down", "{}");
        HttpResponse<String> english =
                client.postJson("/api/v1/public/test-only-database-down", "{}", "Accept-Language", "en");

        assertThat(dutch.statusCode()).isEqualTo(503);
        assertThat(dutch.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(dutch.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(dutch.body());
        assertThat(problem.get("type").asText()).isEqualTo(ApiProblems.TYPES + "unavailable");
        assertThat(problem.get("title").asText()).isEqualTo("Tijdelijk niet beschikbaar");
        assertThat(problem.get("detail").asText())
                .isEqualTo("Er is niets opgeslagen; verstuur het over een paar seconden opnieuw.");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("retryAfter").asInt()).isEqualTo(5);
        assertThat(dutch.body()).doesNotContain("jdbc", "Connection is not available");
        assertThat(JSON.readTree(english.body()).get("title").asText()).isEqualTo("Temporarily unavailable");
    }

    @Test
    void shouldShowTheDutch503PageToABrowser() {
        HttpResponse<String> page = new WebClient(port).get("/monitor/test-only-database-down", "Accept", HTML);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Even niet beschikbaar", "er is niets opgeslagen", "Werkkracht");
        assertThat(page.body()).doesNotContain("jdbc", "Connection is not available");
    }

    @Test
    void shouldKeepOtherDatabaseErrorsA500() {
        assertThat(DatabaseFaults.transientFault(
                        new DatabaseException("x", new java.sql.SQLException("duplicate key", "23505"))))
                .isEmpty();
        assertThat(DatabaseFaults.transientFault(unreachable())).isPresent();
        assertThat(DatabaseFaults.transientFault(
                        new DatabaseException("x", new java.sql.SQLException("terminating connection", "57P01"))))
                .isPresent();
    }
}
