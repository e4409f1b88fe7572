package nl.werkkracht.app.policy;

import java.time.Clock;
import java.util.List;
import nl.werkkracht.app.monitor.MonitorFigures;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.policy.FigureReleaseStore;
import nl.werkkracht.store.policy.OutreachStore;
import nl.werkkracht.store.policy.PolicyContentStore;
import nl.werkkracht.store.policy.ProgrammeStore;
import nl.werkkracht.store.routeplan.RouteChoiceStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy cycle as Spring beans. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    ProgrammeStore programmeStore(Database database) {
        return new ProgrammeStore(database);
    }

    @Bean
    PolicyContentStore policyContentStore(Database database) {
        return new PolicyContentStore(database);
    }

    @Bean
    OutreachStore outreachStore(Database database) {
        return new OutreachStore(database);
    }

    @Bean
    RecommendationCatalogue recommendationCatalogue() {
        return RecommendationCatalogue.shipped();
    }

    @Bean
    ProgrammeAccess programmeAccess(ProgrammeStore store) {
        return new ProgrammeAccess(store);
    }

    @Bean
    MonitorIndicators monitorIndicators(MonitorFigures figures, MessageSource messages) {
        return new MonitorIndicators(figures, messages);
    }

    @Bean
    OrganisationIndicators organisationIndicators(
            OrganisationStore organisations,
            ScanService scans,
            RouteChoiceStore choices,
            Database database,
            CodeLists codeLists,
            MessageSource messages,
            @Value("${werkkracht.policy.k:5}") int k) {
        return new OrganisationIndicators(
                organisations,
                scans,
                choices,
                new FigureReleaseStore(database),
                codeLists,
                messages,
                new DisclosureRule(k),
                Clock.systemUTC());
    }

    @Bean
    PolicyInputs policyInputs(CodeLists codeLists, RecommendationCatalogue catalogue) {
        return new PolicyInputs(codeLists, catalogue);
    }

    @Bean
    ProgrammeService programmeService(
            ProgrammeStore programmes,
            PolicyContentStore content,
            AccountStore accounts,
            PolicyInputs inputs,
            MonitorIndicators monitor,
            OrganisationIndicators organisations) {
        return new ProgrammeService(programmes, content, accounts, inputs, List.of(monitor, organisations));
    }

    @Bean
    ProgrammeViews programmeViews(
            ProgrammeStore programmes,
            PolicyContentStore content,
            OutreachStore outreach,
            MonitorIndicators monitor,
            OrganisationIndicators organisations,
            RecommendationCatalogue catalogue,
            MessageSource messages) {
        return new ProgrammeViews(programmes, content, outreach, monitor, organisations, catalogue, messages);
    }

    @Bean
    OutreachService outreachService(
            OutreachStore store,
            ProgrammeStore programmes,
            nl.werkkracht.app.account.AccountService accounts,
            nl.werkkracht.app.organisation.OrganisationService organisations) {
        return new OutreachService(store, programmes, accounts, organisations);
    }

    @Bean
    OverijsselExample overijsselExample(ProgrammeService service, MonitorIndicators monitor) {
        return new OverijsselExample(service, monitor);
    }

    @Bean
    EvaluationService evaluationService(PolicyContentStore content, MonitorIndicators monitor, MessageSource messages) {
        return new EvaluationService(content, monitor, messages, Clock.systemUTC());
    }
}
