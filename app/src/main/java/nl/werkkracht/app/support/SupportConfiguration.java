package nl.werkkracht.app.support;

import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.SupportAccessStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Support access (ADR 0015) as Spring beans, and the page marker of a support visit. */
@Configuration(proxyBeanMethods = false)
class SupportConfiguration implements WebMvcConfigurer {

    @Bean
    SupportAccessService supportAccessService(SupportAccessStore store, AuditLog audit) {
        return new SupportAccessService(store, audit);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportVisitMarker()).addPathPatterns("/organisations/**");
    }
}
