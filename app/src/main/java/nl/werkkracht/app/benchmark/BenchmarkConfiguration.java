package nl.werkkracht.app.benchmark;

import java.time.Clock;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.occupation.OccupationIndex;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.benchmark.BenchmarkVersionStore;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.network.NetworkStore;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.techimpact.ExposureVersionStore;
import nl.werkkracht.store.techimpact.TechnologyImpactStore;
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
    BenchmarkVersionStore benchmarkVersionStore(Database database) {
        return new BenchmarkVersionStore(database);
    }

    @Bean
    PeerBenchmarks peerBenchmarks(
            NetworkStore networks,
            OrganisationStore organisationStore,
            OrganisationService organisations,
            ScanService scans,
            ValueStreamService valueStreams,
            BenchmarkVersionStore versions,
            CodeLists codeLists) {
        Clock clock = Clock.systemUTC();
        BenchmarkValues values = new BenchmarkValues(organisations, scans, valueStreams, clock);
        return new PeerBenchmarks(
                networks, organisationStore, values, versions, codeLists, DisclosureRule.DEFAULT, clock);
    }

    @Bean
    BenchmarkService benchmarkService(
            NetworkStore networks,
            OrganisationStore organisationStore,
            PeerBenchmarks benchmarks,
            BenchmarkVersionStore versions,
            AuditLog audit) {
        return new BenchmarkService(networks, organisationStore, benchmarks, versions, audit, Clock.systemUTC());
    }

    @Bean
    ExposureVersionStore exposureVersionStore(Database database) {
        return new ExposureVersionStore(database);
    }

    @Bean
    RoleExposures roleExposures(
            NetworkStore networks,
            OrganisationStore organisationStore,
            TechnologyImpactStore roles,
            OccupationIndex occupations,
            ExposureVersionStore versions) {
        return new RoleExposures(
                networks, organisationStore, roles, occupations, versions, DisclosureRule.DEFAULT, Clock.systemUTC());
    }

    @Bean
    MembershipService membershipService(
            NetworkStore networks, OrganisationStore organisationStore, PeerBenchmarks benchmarks, AuditLog audit) {
        return new MembershipService(networks, organisationStore, benchmarks, audit, Clock.systemUTC());
    }
}
