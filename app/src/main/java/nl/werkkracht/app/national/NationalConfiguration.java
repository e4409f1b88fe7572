package nl.werkkracht.app.national;

import nl.werkkracht.app.shiftshare.ShiftShareService;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.store.observation.ObservationStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the national page's use cases. The datasets default to the shipped ones and can be changed
 * with {@code werkkracht.national.accounts-dataset} and {@code werkkracht.national.growth-accounts-dataset}
 * (e.g. after importing a newer Eurostat vintage).
 */
@Configuration(proxyBeanMethods = false)
class NationalConfiguration {

    @Bean
    NationalSources nationalSources(
            @Value("${werkkracht.national.accounts-dataset:nama_10_a64}") String accounts,
            @Value("${werkkracht.national.growth-accounts-dataset:euklems}") String growthAccounts,
            @Value("${werkkracht.national.region:NL}") String region) {
        return new NationalSources(accounts, growthAccounts, region);
    }

    @Bean
    Names nationalNames(CodeLists codeLists, ObservationStore store) {
        return Names.of(codeLists, store);
    }

    @Bean
    IndustryService industryService(ObservationFinder finder, Names names, NationalSources sources) {
        return new IndustryService(finder, names, sources);
    }

    @Bean
    NationalShiftShareService nationalShiftShareService(
            ShiftShareService shiftShare, Names names, NationalSources sources) {
        return new NationalShiftShareService(shiftShare, names, sources);
    }

    @Bean
    GrowthAccountingService growthAccountingService(ObservationFinder finder, Names names, NationalSources sources) {
        return new GrowthAccountingService(finder, names, sources);
    }

    @Bean
    WageService wageService(ObservationFinder finder, Names names, NationalSources sources) {
        return new WageService(finder, names, sources);
    }

    @Bean
    NationalReports nationalReports(
            IndustryService industries,
            NationalShiftShareService shiftShare,
            GrowthAccountingService growthAccounting,
            WageService wages) {
        return new NationalReports(industries, shiftShare, growthAccounting, wages);
    }
}
