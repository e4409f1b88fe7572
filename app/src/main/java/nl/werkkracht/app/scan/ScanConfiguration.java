package nl.werkkracht.app.scan;

import java.time.Clock;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.scan.AnonymityRule;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.scan.ScanStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The employee questionnaire as Spring beans. {@code werkkracht.scan.k} (environment {@code
 * WERKKRACHT_SCAN_K}) raises the anonymity threshold above 5 (it cannot be lowered);
 * {@code werkkracht.scan.public-requests-per-minute} sets the rate limit per client on the public
 * questionnaire.
 */
@Configuration(proxyBeanMethods = false)
class ScanConfiguration {

    @Bean
    ScanStore scanStore(Database database) {
        return new ScanStore(database);
    }

    @Bean
    ScanService scanService(ScanStore store, @Value("${werkkracht.scan.k:${WERKKRACHT_SCAN_K:5}}") int k) {
        return new ScanService(store, InstrumentFile.current(), new AnonymityRule(k), Clock.systemUTC());
    }

    @Bean
    ScanAccess scanAccess(OrganisationAccess access, ScanService scans, AuditLog audit) {
        return new ScanAccess(access, scans, audit);
    }

    /** Before Spring Security, so that floods are turned away before any session or token work. */
    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(
            @Value("${werkkracht.scan.public-requests-per-minute:60}") int perMinute) {
        var registration = new FilterRegistrationBean<>(
                new PublicRateLimitFilter(new PublicRateLimit(perMinute, Clock.systemUTC())));
        registration.addUrlPatterns("/api/v1/public/*", "/s/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
