package nl.werkkracht.app.scan;

import java.time.Clock;
import java.time.Duration;
import nl.werkkracht.app.instances.OnceAcrossInstances;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.scan.AnonymityRule;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.scan.LookupFailures;
import nl.werkkracht.store.scan.ScanPublications;
import nl.werkkracht.store.scan.ScanStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The employee questionnaire as Spring beans. {@code werkkracht.scan.k} (environment {@code
 * WERKKRACHT_SCAN_K}) raises the anonymity threshold above 5 (it cannot be lowered);
 * {@code werkkracht.scan.public-requests-per-minute} sets the overall rate limit per client on the public
 * questionnaire and {@code werkkracht.scan.public-failed-lookups} (per {@code
 * werkkracht.scan.public-failed-lookups-window}) how many unknown tokens a client may try; {@code werkkracht.scan.retention-days} ({@code WERKKRACHT_SCAN_RETENTION_DAYS}) how
 * long raw answers are kept after a scan closed; {@code werkkracht.privacy.processor} ({@code
 * WERKKRACHT_PRIVACY_PROCESSOR}) names the operator in the privacy statement.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScanConfiguration {

    @Bean
    ScanStore scanStore(Database database) {
        return new ScanStore(database);
    }

    @Bean
    ScanPublications scanPublications(Database database) {
        return new ScanPublications(database, Clock.systemUTC());
    }

    @Bean
    ScanService scanService(
            ScanStore store,
            ScanPublications publications,
            OrganisationStore organisations,
            @Value("${werkkracht.scan.k:${WERKKRACHT_SCAN_K:5}}") int k) {
        return new ScanService(
                store,
                publications,
                InstrumentFile.current(),
                new AnonymityRule(k),
                Clock.systemUTC(),
                id -> organisations.find(id).map(Organisation::name));
    }

    @Bean
    AnswerRetention answerRetention(
            ScanService scans,
            ScanPublications publications,
            OnceAcrossInstances once,
            @Value("${werkkracht.scan.retention-days:365}") int retentionDays) {
        return new AnswerRetention(scans, publications, Duration.ofDays(retentionDays), Clock.systemUTC(), once);
    }

    @Bean
    ScanPrivacy scanPrivacy(
            AnswerRetention retention, ScanService scans, @Value("${werkkracht.privacy.processor:}") String processor) {
        return new ScanPrivacy(
                processor, (int) retention.retention().toDays(), scans.rule().k());
    }

    @Bean
    ScanAccess scanAccess(OrganisationAccess access, ScanService scans, AuditLog audit) {
        return new ScanAccess(access, scans, audit);
    }

    /**
     * Before Spring Security, so that floods are turned away before any session or token work. The overall
     * cap per address is generous and kept per instance (a whole company answers from one address); the
     * failed token look-ups, which are what protects the tokens, are counted in the database and shared by
     * every instance (issue 14).
     */
    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(
            Database database,
            @Value("${werkkracht.scan.public-requests-per-minute:1200}") int perMinute,
            @Value("${werkkracht.scan.public-failed-lookups:30}") int failedLookups,
            @Value("${werkkracht.scan.public-failed-lookups-window:PT10M}") Duration failedLookupsWindow) {
        var lookups = new FailedLookupLimit(
                new LookupFailures(database), failedLookups, failedLookupsWindow, Clock.systemUTC());
        var registration = new FilterRegistrationBean<>(
                new PublicRateLimitFilter(new PublicRateLimit(perMinute, Clock.systemUTC()), lookups));
        registration.addUrlPatterns("/api/v1/public/*", "/s/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
