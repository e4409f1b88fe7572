package nl.werkkracht.app.monitor;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the monitor's default figures in the background when the application is ready and after
 * the cache was invalidated (datasets changed), so that the first visitor does not wait for them (reading the datasets from the
 * store takes seconds). Requests that arrive meanwhile wait for the same computation instead of
 * starting another. Off with {@code werkkracht.monitor.warm-up=false}.
 */
@Component
class MonitorWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorWarmUp.class);

    private final MonitorService monitor;
    private final MonitorCache cache;
    private final boolean enabled;

    MonitorWarmUp(
            MonitorService monitor, MonitorCache cache, @Value("${werkkracht.monitor.warm-up:true}") boolean enabled) {
        this.monitor = monitor;
        this.cache = cache;
        this.enabled = enabled;
        cache.afterInvalidate(this::start);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        start();
    }

    private void start() {
        if (!enabled) {
            return;
        }
        Thread t = new Thread(this::warm, "monitor-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void warm() {
        try {
            for (String level : List.of("province", "corop")) {
                for (Locale locale : List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH)) {
                    monitor.regions(level, null, null, null, locale);
                }
            }
            LOG.info("Monitor figures ready ({} cached values)", cache.size());
        } catch (RuntimeException e) {
            LOG.warn("Monitor figures could not be prepared in advance: {}", e.getMessage());
        }
    }
}
