package nl.werkkracht.app.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over real HTTP: keeps the session cookie, follows no redirects, and reads the CSRF
 * token from the page layout's {@code <meta name="csrf-token">}.
 */
public final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("^(JSESSIONID=[^;]+)");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String session;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A client of another instance (on {@code otherPort}) that sends this client's session cookie. */
    public WebClient sameSessionOn(int otherPort) {
        WebClient other = new WebClient(otherPort);
        other.session = session;
        return other;
    }

    /** The session cookie ({@code JSESSIONID=…}) if the server set one. */
    public Optional<String> session() {
        return Optional.ofNullable(session);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** Posts a form; {@code fields} in order, without adding a CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with the CSRF token of the page {@code tokenFrom}. */
    public HttpResponse<String> postWithCsrf(String tokenFrom, String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf(tokenFrom));
        return post(path, withToken);
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts {@code body} as {@code contentType} with the CSRF token in the {@code X-CSRF-TOKEN} header. */
    public HttpResponse<String> postWithCsrfHeader(String path, String csrf, String contentType, String body) {
        return send(request(path, "X-CSRF-TOKEN", csrf)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> putJson(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with a JSON body (or none when {@code json} is null). */
    public HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path, headers);
        if (json == null) {
            return send(builder.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** GET returning the raw bytes (PDF, XLSX, ZIP downloads). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    /** The CSRF token on {@code page}, for this session. */
    public String csrf(String page) {
        HttpResponse<String> response = get(page);
        Matcher m = CSRF_META.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page + " (" + response.statusCode() + ")");
        }
        return m.group(1);
    }

    /** Logs in through the login form; returns the answer (302 to / on success, to /login?error otherwise). */
    public HttpResponse<String> login(String username, String password) {
        return postWithCsrf("/login", "/login", Map.of("username", username, "password", password));
    }

    /** Logs in and fails the test unless it worked. */
    public WebClient loggedIn(String username, String password) {
        HttpResponse<String> response = login(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("login of " + username + " failed: " + response.statusCode() + " " + location);
        }
        return this;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (session != null) {
            builder.header("Cookie", session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION_COOKIE.matcher(cookie);
                if (m.find()) {
                    session = m.group(1);
                }
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
