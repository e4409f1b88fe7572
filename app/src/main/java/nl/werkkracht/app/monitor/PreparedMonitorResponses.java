package nl.werkkracht.app.monitor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public monitor from answers prepared once per data version: the region API
 * ({@code /api/v1/regions}, {@code /api/v1/regions/{code}/summary}) and, for visitors without a session, the
 * pages {@code /monitor} and {@code /monitor/region/{code}} (ADR 0025).
 *
 * <p>The first request for an address (path, query and language) goes through the whole application
 * (security, MVC, templates); its status-200 answer is kept, with the headers the application set, and
 * sent to everyone who asks the same until the data change ({@link MonitorCache#invalidate()}). Later
 * requests cost a map lookup and a copy of prepared bytes: no security filter chain, no session, no
 * template or JSON writing. Each answer has a strong entity tag, {@code Cache-Control: public, max-age}
 * and {@code 304 Not Modified} on a matching {@code If-None-Match}; its gzip form is prepared once and sent
 * to clients that accept it.
 *
 * <p>Only registered when the monitor is public. Requests with an {@code Authorization} header, and page
 * requests with a session (a logged-in user sees their name in the page), take the normal way. An answer
 * that started a session or set a cookie other than the language is never kept.
 */
final class PreparedMonitorResponses extends OncePerRequestFilter {

    /** The request attribute that tells the layout a page is prepared for everyone (no CSRF token in it). */
    static final String PREPARED = "wkPreparedResponse";

    /** The language cookie of {@code web.WebConfiguration}. */
    static final String LANG_COOKIE = "werkkracht-lang";

    private static final Pattern API_SUMMARY = Pattern.compile("/api/v1/regions/[A-Za-z0-9]{1,16}/summary");
    private static final Pattern REGION_PAGE = Pattern.compile("/monitor/region/[A-Za-z0-9]{1,16}");
    private static final Set<String> LANGUAGES = Set.of("nl", "en");

    /** Headers of the application's answer that are not part of the prepared answer. */
    private static final Set<String> DROPPED = Set.of(
            "set-cookie",
            "cache-control",
            "pragma",
            "expires",
            "etag",
            "content-length",
            "date",
            "transfer-encoding",
            "vary",
            "content-encoding",
            "connection",
            "keep-alive",
            "x-request-id");

    /** At most this many answers per data version; more are answered the normal way, not kept. */
    static final int MAX_ENTRIES = 5_000;

    /** At most this many bytes per data version. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final MonitorCache cache;
    private final String cacheControl;
    private volatile Generation generation = new Generation();

    PreparedMonitorResponses(MonitorCache cache, Duration maxAge) {
        this.cache = cache;
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
        cache.afterInvalidate(() -> generation = new Generation());
    }

    private static final class Generation {
        final ConcurrentHashMap<String, PreparedResponse> answers = new ConcurrentHashMap<>();
        final AtomicLong bytes = new AtomicLong();
    }

    /** The number of prepared answers of the current data version (for tests and operators). */
    int size() {
        return generation.answers.size();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Generation gen = generation;
        PreparedResponse answer = gen.answers.get(key);
        if (answer == null) {
            if (!"GET".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            answer = prepare(request, response, chain);
            if (answer == null) {
                return;
            }
            if (gen.answers.size() < MAX_ENTRIES && gen.bytes.addAndGet(answer.size()) <= MAX_BYTES) {
                gen.answers.putIfAbsent(key, answer);
            }
        }
        send(request, response, answer);
    }

    /**
     * The key of a request that may be answered from a prepared answer, or null: the path, the query as
     * sent, and the language (from {@code lang}, else the cookie, else Dutch).
     */
    private static String key(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) || request.getHeader("Authorization") != null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api =
                path.equals("/api/v1/regions") || API_SUMMARY.matcher(path).matches();
        boolean page = path.equals("/monitor") || REGION_PAGE.matcher(path).matches();
        if (!api && !page) {
            return null;
        }
        if (page && request.getRequestedSessionId() != null) {
            return null;
        }
        String query = request.getQueryString();
        String lang = lang(query);
        if (lang == null) {
            lang = cookie(request);
        }
        if (lang == null) {
            lang = "nl";
        }
        if (!LANGUAGES.contains(lang)) {
            return null;
        }
        return lang + " " + path + (query == null ? "" : "?" + query);
    }

    /**
     * The first {@code lang} of the query as sent (as {@code getParameter} would give it, without parsing
     * every parameter: the profile of the load test showed that parsing at 15 % of a prepared answer's time).
     * A value that needs decoding is returned as it is and then matches no language.
     */
    static String lang(String query) {
        if (query == null) {
            return null;
        }
        for (int start = 0; start <= query.length(); ) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            if (query.startsWith("lang=", start)) {
                return query.substring(start + 5, end);
            }
            if (end - start == 4 && query.startsWith("lang", start)) {
                return "";
            }
            start = end + 1;
        }
        return null;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LANG_COOKIE.equals(c.getName())) {
                    return c.getValue().toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /**
     * Lets the application answer and keeps that answer; null when it is not one to keep (then it has been
     * sent as it was).
     */
    private static PreparedResponse prepare(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(PREPARED, Boolean.TRUE);
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        boolean keep = wrapper.getStatus() == HttpServletResponse.SC_OK
                && !response.isCommitted()
                && request.getSession(false) == null
                && onlyLanguageCookie(wrapper);
        if (!keep) {
            wrapper.copyBodyToResponse();
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : wrapper.getHeaderNames()) {
            if (!DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.putIfAbsent(name, new ArrayList<>(wrapper.getHeaders(name)));
            }
        }
        String type = wrapper.getContentType();
        if (type != null) {
            headers.put("Content-Type", List.of(type));
        }
        byte[] body = wrapper.getContentAsByteArray();
        response.reset();
        boolean text = type != null && (type.startsWith("text/") || type.contains("json"));
        return PreparedResponse.of(headers, body, text);
    }

    private static boolean onlyLanguageCookie(HttpServletResponse response) {
        for (String c : response.getHeaders("Set-Cookie")) {
            if (!c.startsWith(LANG_COOKIE + "=")) {
                return false;
            }
        }
        return true;
    }

    private void send(HttpServletRequest request, HttpServletResponse response, PreparedResponse answer)
            throws IOException {
        String lang = lang(request.getQueryString());
        boolean gzip = answer.gzip() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? answer.gzipEtag() : answer.etag();
        response.setHeader("ETag", etag);
        // without ?lang= the language comes from the cookie, so a shared cache must tell cookies apart
        response.setHeader("Vary", lang == null ? "Accept-Encoding, Cookie" : "Accept-Encoding");
        if (lang == null) {
            response.setHeader("Cache-Control", cacheControl);
        } else if (lang.equals(cookie(request))) {
            // an address with ?lang= also sets the language cookie: a browser must ask every time (a cheap
            // 304), or it would show a kept copy without setting the cookie and the next page would be in the
            // language chosen before
            response.setHeader("Cache-Control", "public, no-cache");
        } else {
            // remember the visitor's choice as LocaleChangeInterceptor does; such an answer is the visitor's own
            response.addHeader(
                    "Set-Cookie",
                    LANG_COOKIE + "=" + lang + "; Max-Age="
                            + Duration.ofDays(365).toSeconds() + "; Path=/");
            response.setHeader("Cache-Control", "private, no-cache");
        }
        if (answer.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        answer.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        byte[] bytes = gzip ? answer.gzip() : answer.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            // one write of the whole answer instead of one per 8 KB of Tomcat's default buffer
            response.setBufferSize(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    /** Whether an {@code Accept-Encoding} value allows gzip (and does not refuse it with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.strip().split(";");
            String coding = p[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                for (int i = 1; i < p.length; i++) {
                    String q = p[i].strip().replace(" ", "");
                    if (q.equals("q=0") || q.matches("q=0\\.0{0,3}")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
