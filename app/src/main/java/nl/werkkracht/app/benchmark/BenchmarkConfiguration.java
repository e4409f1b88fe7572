package nl.werkkracht.app.benchmark;

import java.time.Clock;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.network.NetworkStore;
import nl.werkkracht.store.organisation.OrganisationStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Peer benchmarking in networks as Spring beans: the default disclosure rule (k = 5). */
@Configuration(proxyBeanMethods = false)
class BenchmarkConfiguration {

    @Bean
    NetworkStore networkStore(Database database) {
        return new NetworkStore(database);
    }

    @Bean
    BenchmarkService benchmarkService(
            NetworkStore networks,
            OrganisationStore organisationStore,
            OrganisationService organisations,
            ScanService scans,
            ValueStreamService valueStreams,
            CodeLists codeLists,
            AuditLog audit) {
        Clock clock = Clock.systemUTC();
        BenchmarkValues values = new BenchmarkValues(organisations, scans, valueStreams, clock);
        PeerBenchmarks benchmarks =
                new PeerBenchmarks(networks, organisationStore, values, codeLists, DisclosureRule.DEFAULT, clock);
        return new BenchmarkService(networks, organisationStore, benchmarks, audit, clock);
    }
}
