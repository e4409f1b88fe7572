package nl.werkkracht.app.instances;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.EmbeddedServer;
import nl.werkkracht.store.db.ScheduledLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What lets several instances share one database (issue 14, ADR 0027): the pool of {@link Database} as
 * the Spring {@link DataSource} (Spring Session JDBC keeps the sessions in it, the health endpoint checks
 * it), scheduled work that runs once across the instances, and the watch that tells every instance when
 * datasets changed.
 */
@Configuration(proxyBeanMethods = false)
class InstancesConfiguration {

    /** The platform's pool; {@link Database#close()} closes it, so Spring must not. */
    @Bean(destroyMethod = "")
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    /**
     * On the embedded database, offers it to the operator's commands on a loopback port while the platform
     * runs (ADR 0028); nothing on PostgreSQL, which every process reaches anyway.
     */
    @Bean(destroyMethod = "close")
    SharedEmbeddedDatabase sharedEmbeddedDatabase(
            Database database, @Value("${werkkracht.db.serve-embedded:true}") boolean serve) {
        return new SharedEmbeddedDatabase(
                serve ? database.embeddedDirectory().map(EmbeddedServer::start) : Optional.empty());
    }

    /** The loopback server of the embedded database, if this process offers one; stopped with the platform. */
    record SharedEmbeddedDatabase(Optional<EmbeddedServer> server) implements AutoCloseable {
        @Override
        public void close() {
            server.ifPresent(EmbeddedServer::close);
        }
    }

    @Bean
    OnceAcrossInstances onceAcrossInstances(Database database) {
        String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return new OnceAcrossInstances(new ScheduledLocks(database, Clock.systemUTC(), holder));
    }

    @Bean(destroyMethod = "close")
    DataChangeWatch dataChangeWatch(
            Database database,
            ApplicationEventPublisher events,
            @Value("${werkkracht.instances.listen:true}") boolean listen,
            @Value("${werkkracht.instances.data-poll:PT5S}") Duration poll) {
        var watch = new DataChangeWatch(database, events, poll);
        watch.start(listen);
        return watch;
    }
}
