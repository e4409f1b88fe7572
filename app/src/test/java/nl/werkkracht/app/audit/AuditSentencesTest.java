package nl.werkkracht.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import nl.werkkracht.store.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditSentencesTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final AuditSentences sentences = new AuditSentences(
            messages(),
            id -> id.equals("org-lean")
                    ? Map.of(Locale.forLanguageTag("nl"), "Lean werken", Locale.ENGLISH, "Lean working")
                    : Map.of());

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/audit", "messages/benchmark");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static AuditEvent line(String action, String detail) {
        return new AuditEvent(1, Instant.EPOCH, "anna", OptionalLong.of(7), action, detail);
    }

    @Test
    void shouldReadABenchmarkViewAsTheIssueSaysIt() {
        AuditEvent viewed = line("benchmark.viewed", "12: registration-share 2026 Cut[sector=F]");

        assertThat(sentences.sentence(viewed, NL)).isEqualTo("Benchmark bekeken: registratielast, 2026");
        assertThat(sentences.sentence(viewed, Locale.ENGLISH))
                .startsWith("Benchmark viewed: ")
                .endsWith(", 2026");
    }

    @Test
    void shouldNameInterventionsMetricsAndFormatsInTheReadersLanguage() {
        assertThat(sentences.sentence(line("routeplan.choice.changed", "org-lean chosen"), NL))
                .isEqualTo("Maatregel gekozen: Lean werken");
        assertThat(sentences.sentence(line("routeplan.choice.changed", "org-lean not chosen"), Locale.ENGLISH))
                .isEqualTo("Intervention not chosen: Lean working");
        assertThat(sentences.sentence(line("benchmark.consent.changed", "3: absenteeism,staff-turnover"), NL))
                .isEqualTo("Toestemming gewijzigd voor netwerk 3: verzuim, verloop");
        assertThat(sentences.sentence(line("financials.exported", "csv"), NL)).isEqualTo("Cijfers gedownload als CSV");
        assertThat(sentences.sentence(line("financials.viewed", "2025"), NL)).isEqualTo("Cijfers bekeken: 2025");
        assertThat(sentences.sentence(line("scan.results.exported", "scan 4 as xlsx"), Locale.ENGLISH))
                .isEqualTo("Results of questionnaire no. 4 downloaded as XLSX");
    }

    @Test
    void shouldSaySupportVisitsAndGrants() {
        assertThat(sentences.sentence(line("support.used", "GET /api/v1/organisations/7/financials"), NL))
                .isEqualTo("Als beheerder meegekeken: /api/v1/organisations/7/financials");
        assertThat(sentences.sentence(line("support.used", "PUT /api/v1/organisations/7/financials/2025"), NL))
                .isEqualTo("Als beheerder gewijzigd: /api/v1/organisations/7/financials/2025");
        assertThat(sentences.sentence(line("support.granted", "7|2026-03-09T09:00:00Z"), NL))
                .startsWith("Hulp van de beheerder toegestaan voor 7 dagen, tot 9 mrt. 2026");
        assertThat(sentences.sentence(line("support.granted", "1|2026-03-09T09:00:00Z"), Locale.ENGLISH))
                .startsWith("Help from the administrator allowed for 1 day, until ");
    }

    @Test
    void shouldShowWhatItCannotReadRatherThanHideIt() {
        assertThat(sentences.sentence(line("scan.closed", "scan 4"), NL)).isEqualTo("scan.closed: scan 4");
        assertThat(sentences.sentence(line("benchmark.viewed", "something else"), NL))
                .isEqualTo("benchmark.viewed: something else");
    }
}
