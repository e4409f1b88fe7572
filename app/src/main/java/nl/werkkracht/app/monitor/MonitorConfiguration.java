package nl.werkkracht.app.monitor;

import nl.werkkracht.core.observation.LabourMeasure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monitor's settings: {@code werkkracht.monitor.dataset}, {@code
 * werkkracht.monitor.productivity-dataset} and {@code werkkracht.monitor.labour}, defaulting to the
 * shipped data.
 */
@Configuration(proxyBeanMethods = false)
class MonitorConfiguration {

    @Bean
    MonitorSettings monitorSettings(
            @Value("${werkkracht.monitor.dataset:nama_10r}") String dataset,
            @Value("${werkkracht.monitor.productivity-dataset:euklems}") String productivityDataset,
            @Value("${werkkracht.monitor.labour:PERSONS}") String labour) {
        LabourMeasure measure = LabourMeasure.parse(labour)
                .orElseThrow(() -> new IllegalArgumentException(
                        "werkkracht.monitor.labour must be HOURS, FTE, JOBS or PERSONS, not " + labour));
        return new MonitorSettings(dataset, productivityDataset, measure, "NL");
    }
}
