package nl.werkkracht.app.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors as the product's own pages and problem details ({@link ErrorPages}), also when a browser opens
 * an API address ({@link BrowserErrorPages}).
 */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

    /** Replaces Boot's {@code BasicErrorController} (it backs off when an error controller exists). */
    @Bean
    BasicErrorController errorPages(
            ErrorAttributes errorAttributes,
            ServerProperties server,
            ObjectProvider<ErrorViewResolver> resolvers,
            ProblemTexts texts) {
        return new ErrorPages(
                errorAttributes, server.getError(), resolvers.orderedStream().toList(), texts);
    }

    /** Outermost: a database fault anywhere in the chain answers 503 with Retry-After ({@link DatabaseFaults}). */
    @Bean
    FilterRegistrationBean<DatabaseFaults> databaseFaults(
            com.fasterxml.jackson.databind.ObjectMapper json, ProblemTexts texts) {
        var registration = new FilterRegistrationBean<>(new DatabaseFaults(json, texts));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Before Spring Security's filters (order -100), so that their 401 and 403 answers are caught too. */
    @Bean
    FilterRegistrationBean<BrowserErrorPages> browserErrorPages() {
        var registration = new FilterRegistrationBean<>(new BrowserErrorPages());
        registration.setOrder(-110);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
