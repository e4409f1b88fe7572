package nl.werkkracht.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web platform. The database and its migrations belong to {@link
 * nl.werkkracht.app.platform.Platform} (the same as the CLI's), so Spring Boot's own Flyway run is
 * switched off.
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
public class WerkkrachtApplication {

    /** Starts the web application and returns its context (it runs until the JVM stops). */
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(WerkkrachtApplication.class, args);
    }
}
