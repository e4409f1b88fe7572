package nl.werkkracht.app.monitor;

import java.time.Duration;
import nl.werkkracht.core.observation.LabourMeasure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The monitor's settings: {@code werkkracht.monitor.dataset}, {@code
 * werkkracht.monitor.productivity-dataset}, {@code werkkracht.monitor.labour} and {@code
 * werkkracht.monitor.hours-dataset} (provinces per hour worked; empty for none), defaulting to the shipped data.
 */
@Configuration(proxyBeanMethods = false)
class MonitorConfiguration {

    @Bean
    MonitorSettings monitorSettings(
            @Value("${werkkracht.monitor.dataset:nama_10r}") String dataset,
            @Value("${werkkracht.monitor.productivity-dataset:euklems}") String productivityDataset,
            @Value("${werkkracht.monitor.labour:PERSONS}") String labour,
            @Value("${werkkracht.monitor.hours-dataset:nama_10r_2022}") String hoursDataset) {
        LabourMeasure measure = LabourMeasure.parse(labour)
                .orElseThrow(() -> new IllegalArgumentException(
                        "werkkracht.monitor.labour must be HOURS, FTE, JOBS or PERSONS, not " + labour));
        return new MonitorSettings(dataset, productivityDataset, measure, "NL", hoursDataset);
    }

    /**
     * The public monitor from prepared answers (ADR 0025), before every other filter but the character
     * encoding; only when the monitor is public. {@code werkkracht.monitor.max-age} (default 5 minutes) is
     * how long browsers and proxies may use an answer before they revalidate it.
     */
    @Bean
    @ConditionalOnProperty(name = "werkkracht.monitor.public", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<PreparedMonitorResponses> preparedMonitorResponses(
            MonitorCache cache, @Value("${werkkracht.monitor.max-age:PT5M}") Duration maxAge) {
        var registration = new FilterRegistrationBean<>(new PreparedMonitorResponses(cache, maxAge));
        registration.addUrlPatterns("/api/v1/regions", "/api/v1/regions/*", "/monitor", "/monitor/region/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
