package nl.werkkracht.app.audit;

import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.routeplan.RoutePlanService;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's sentences, with the route plan's catalogue for the names of interventions. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditSentences auditSentences(MessageSource messages, RoutePlanService routePlans) {
        return new AuditSentences(messages, id -> routePlans
                .catalogue()
                .find(id)
                .map(i -> Map.of(
                        Locale.forLanguageTag("nl"),
                        i.title().nl(),
                        Locale.ENGLISH,
                        i.title().en()))
                .orElse(Map.of()));
    }
}
