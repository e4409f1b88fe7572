package nl.werkkracht.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The platform's public address for absolute links that leave the platform: invitation links (CSV, PDF with QR
 * codes, the API), outreach links, the source line of exports. It is {@code werkkracht.public-base-url}
 * ({@code WERKKRACHT_PUBLIC_BASE_URL}, e.g. {@code https://werkkracht.example.nl}), never the request's
 * {@code Host} header, which anyone can set ({@code Host: evil.example} put {@code http://evil.example/s/…} in
 * an invitation PDF, issue 10). Without the setting it is the address the server was reached on at the socket
 * ({@code http://localhost:8080} on one machine): right for a local start, and never chosen by a client.
 */
@Component
public final class PublicAddress {

    static final String PROPERTY = "werkkracht.public-base-url";

    /** Checks the setting at start-up, so that a mistyped address stops the platform instead of a link. */
    PublicAddress(@Value("${werkkracht.public-base-url:}") String baseUrl) {
        normalise(baseUrl);
    }

    /** {@code path} (with {@code {…}} variables) as an absolute link on the public address. */
    public static String link(String path, Object... variables) {
        return UriComponentsBuilder.fromUriString(base())
                .path(path)
                .buildAndExpand(variables)
                .encode()
                .toUriString();
    }

    /**
     * The public base address without a trailing slash: the setting of the application that serves the
     * current request, else the address the request reached at the socket; outside a request {@code
     * http://localhost:8080}.
     */
    public static String base() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            WebApplicationContext context = RequestContextUtils.findWebApplicationContext(request);
            String configured =
                    context == null ? "" : normalise(context.getEnvironment().getProperty(PROPERTY, ""));
            return configured.isEmpty() ? local(request) : configured;
        }
        return "http://localhost:8080";
    }

    /** The socket's own address and port (not the Host header): loopback shown as localhost. */
    private static String local(HttpServletRequest request) {
        String host = request.getLocalAddr();
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
                host = "localhost";
            } else if (host.contains(":")) {
                host = "[" + host + "]";
            }
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return "http://" + host + ":" + request.getLocalPort() + request.getContextPath();
    }

    static String normalise(String baseUrl) {
        String trimmed = baseUrl == null ? "" : baseUrl.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        URI uri = URI.create(trimmed);
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "werkkracht.public-base-url must be an http(s) address such as https://werkkracht.example.nl: "
                            + trimmed);
        }
        return trimmed.replaceAll("/+$", "");
    }
}
