package nl.werkkracht.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.werkkracht.app.WerkkrachtApplication;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.monitor.DatasetsChanged;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Two instances of the platform on one PostgreSQL (issue 14, ADR 0027): a login on one is a login on the
 * other, a data change on one reaches the other by {@code NOTIFY} (the poll is slowed down here so that
 * only the notification can arrive in time), and scheduled work runs on one of them only.
 */
class InstancesPostgresIT {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    private static final String ADMIN_PASSWORD = "instances admin password 2026";

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    private static ConfigurableApplicationContext start() {
        // command-line arguments: they win over application.properties, as on a real command line
        return new SpringApplicationBuilder(WerkkrachtApplication.class)
                .run(
                        "--server.port=0",
                        "--werkkracht.db.url=" + POSTGRES.config().url(),
                        "--werkkracht.db.user=" + POSTGRES.config().user(),
                        "--werkkracht.db.password=" + POSTGRES.config().password(),
                        "--werkkracht.admin.password=" + ADMIN_PASSWORD,
                        "--werkkracht.instances.data-poll=PT10M");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void shouldKeepALoginOfOneInstanceOnTheOther() {
        WebClient onFirst = new WebClient(port(first)).loggedIn("admin", ADMIN_PASSWORD);
        WebClient onSecond = onFirst.sameSessionOn(port(second));

        var page = onSecond.get("/admin/users");
        var stranger = new WebClient(port(second)).get("/admin/users");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(stranger.statusCode()).isEqualTo(302);
    }

    @Test
    void shouldTellTheOtherInstanceThatDataChanged() throws InterruptedException {
        var heard = new CountDownLatch(1);
        second.addApplicationListener(event -> {
            if (event instanceof PayloadApplicationEvent<?> p
                    && p.getPayload() instanceof DatasetsChanged changed
                    && changed.dataset().equals("notified")) {
                heard.countDown();
            }
        });

        first.publishEvent(new DatasetsChanged("notified"));

        assertThat(heard.await(10, TimeUnit.SECONDS))
                .as("second instance heard the change")
                .isTrue();
    }

    @Test
    void shouldRunScheduledWorkOnOneInstanceOnly() {
        OnceAcrossInstances onFirst = first.getBean(OnceAcrossInstances.class);
        OnceAcrossInstances onSecond = second.getBean(OnceAcrossInstances.class);
        var secondRan = new AtomicBoolean(true);

        boolean firstRan = onFirst.run(
                "test-job",
                Duration.ofMinutes(5),
                Duration.ofMinutes(1),
                () -> secondRan.set(onSecond.run("test-job", Duration.ofMinutes(5), Duration.ofMinutes(1), () -> {})));

        assertThat(firstRan).isTrue();
        assertThat(secondRan)
                .as("the second instance ran the job while the first had it")
                .isFalse();
        assertThat(onSecond.run("test-job", Duration.ofMinutes(5), Duration.ofMinutes(1), () -> {}))
                .as("right after the first instance ran it")
                .isFalse();
    }
}
