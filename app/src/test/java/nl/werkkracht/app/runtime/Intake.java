package nl.werkkracht.app.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;

/**
 * Employees answering a scan over HTTP, many at once, against a server in another process: sets up an
 * employer, an organisation, a scan and its invitations, sends answers from several threads, and reads back
 * which invitations are used.
 */
final class Intake {

    static final ObjectMapper JSON = new ObjectMapper();
    /** No answer came (the connection failed: the server was killed or went away). */
    static final int NO_ANSWER = -1;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String bearer;

    private Intake(String base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** Makes an employer with a personal API token directly in the database (the server must not run yet). */
    static String employerToken(DatabaseConfig config) {
        try (Database db = Database.open(config)) {
            var accounts = AccountService.withDefaultHashing(new AccountStore(db));
            accounts.createUser("employer", Role.EMPLOYER, Optional.of("employer password 2026"));
            return accounts.issueToken("employer", "intake").token();
        }
    }

    static Intake against(String base, String bearer) {
        return new Intake(base, bearer);
    }

    /** A scan of a new organisation with {@code count} invitations; returns the scan id and the tokens. */
    record Scan(long id, List<String> tokens, String answerBody) {}

    Scan scan(int count) {
        JsonNode org = ok(post(
                "/api/v1/organisations",
                "{\"name\":\"Intake test (invented)\",\"sector\":\"F\",\"sizeClass\":\"10-49\",\"region\":\"CR22\"}",
                true));
        JsonNode scan = ok(post(
                "/api/v1/organisations/" + org.get("id").asLong() + "/scans",
                "{\"teams\":[],\"closesAt\":\"" + LocalDate.now().plusWeeks(2) + "\"}",
                true));
        long scanId = scan.get("id").asLong();
        List<String> tokens = new ArrayList<>();
        while (tokens.size() < count) {
            int batch = Math.min(1000, count - tokens.size());
            ok(post("/api/v1/scans/" + scanId + "/invitations", "{\"count\":" + batch + "}", true))
                    .get("tokens")
                    .forEach(t -> tokens.add(t.asText()));
        }
        JsonNode questionnaire = ok(get("/api/v1/public/scans/" + tokens.get(0), false));
        ObjectNode body = JSON.createObjectNode();
        ObjectNode answers = body.putObject("answers");
        questionnaire.get("scales").forEach(s -> s.get("items")
                .forEach(i -> answers.put(i.get("id").asText(), 3)));
        return new Scan(scanId, tokens, body.toString());
    }

    /** How many responses the scan holds, as its employer sees it. */
    int responses(long scanId) {
        return ok(get("/api/v1/scans/" + scanId, true)).get("responses").asInt();
    }

    /** Whether the invitation has been used (its questionnaire answers 409). */
    int questionnaireStatus(String token) {
        return get("/api/v1/public/scans/" + token, false).statusCode();
    }

    /**
     * Sends the answers of every token from {@code threads} threads until the tokens run out or {@code
     * stop} says so (checked with the number of 201s so far). Returns each token's status: the HTTP
     * status, or {@link #NO_ANSWER}; tokens never sent are absent.
     */
    Map<String, Integer> answer(Scan scan, int threads, IntPredicate stop) throws InterruptedException {
        var queue = new ConcurrentLinkedQueue<>(scan.tokens());
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        var acknowledged = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                String token;
                while (!stop.test(acknowledged.get()) && (token = queue.poll()) != null) {
                    int status = send(token, scan.answerBody());
                    statuses.put(token, status);
                    if (status == 201) {
                        acknowledged.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return statuses;
    }

    /** Posts one respondent's answers; the status, or {@link #NO_ANSWER}. */
    int send(String token, String body) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/public/scans/" + token + "/responses"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean proper201 = r.statusCode() == 201 && r.body().contains("stored");
            boolean proper503 = r.statusCode() == 503
                    && r.headers().firstValue("Retry-After").isPresent()
                    && r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (!proper201 && !proper503) {
                // remember what came, for the failure message
                lastOdd = r.statusCode() + " " + r.headers().map() + " '" + r.body() + "'";
            }
            return r.statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }

    /** The last answer that was neither a proper 201 nor a 503 problem with Retry-After, for failure messages. */
    volatile String lastOdd = "";

    private HttpResponse<String> post(String path, String json, boolean authenticated) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authenticated) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private HttpResponse<String> get(String path, boolean authenticated) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authenticated) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new AssertionError(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }
}
