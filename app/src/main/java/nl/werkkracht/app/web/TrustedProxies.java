package nl.werkkracht.app.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a reverse proxy: {@code X-Forwarded-For}, {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and
 * {@code X-Forwarded-Port} are believed only on connections from the addresses in {@code
 * werkkracht.trusted-proxies} ({@code WERKKRACHT_TRUSTED_PROXIES}, e.g. {@code 127.0.0.1,10.0.0.7}). Then the
 * client's address (rate limits, login throttling, logs), {@code https} (Secure cookies, HSTS) and the host
 * are the visitor's. From any other address, and when the setting is empty (the default), those headers are
 * ignored, as is the RFC 7239 {@code Forwarded} header always. Absolute links use {@link PublicAddress}.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxyHeaders(
            @Value("${werkkracht.trusted-proxies:}") String proxies) {
        List<String> addresses = addresses(proxies);
        return factory -> {
            if (addresses.isEmpty()) {
                return;
            }
            RemoteIpValve valve = new RemoteIpValve();
            valve.setInternalProxies(regex(addresses));
            valve.setTrustedProxies("");
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setHostHeader("X-Forwarded-Host");
            valve.setPortHeader("X-Forwarded-Port");
            factory.addEngineValves(valve);
        };
    }

    static List<String> addresses(String proxies) {
        return proxies == null
                ? List.of()
                : Arrays.stream(proxies.split("[,\\s]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Exact addresses as the valve's regular expression. */
    static String regex(List<String> addresses) {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
