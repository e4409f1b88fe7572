package nl.werkkracht.app.report;

import static nl.werkkracht.app.report.ReportFixtures.all;
import static nl.werkkracht.app.report.ReportFixtures.scan;
import static nl.werkkracht.app.report.ReportFixtures.suppressed;
import static nl.werkkracht.app.report.ReportFixtures.team;
import static nl.werkkracht.app.report.ReportFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.app.export.Exports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ReportPdfTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ReportFixtures sources = new ReportFixtures();

    private String pdfText(Locale locale) throws IOException {
        ReportView report = sources.service().report(ReportFixtures.ORGANISATION, locale);
        LocaleContextHolder.setLocale(locale);
        try {
            byte[] pdf = Exports.page(new ReportPdf(ReportFixtures.messages(), locale).page(report))
                    .getBody();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                // sentences broken over lines are joined for the assertions
                return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void shouldStateConfidentialityAndTheAnonymityRuleAndShowEverySection() throws IOException {
        sources.financials.add(year(2023, 50, 0.9));
        sources.financials.add(year(2024, 60, 1.2));
        sources.scan = Optional.of(scan(
                14,
                List.of(
                        all(14, List.of(60, 70, 55, 66), 70, 50, 68, List.of("Betere planning")),
                        team("Kantoor", 10, 62, List.of("Betere planning")),
                        suppressed("Werkplaats", "< 5"))));
        sources.valueStreams.add(ReportFixtures.stream("Offerte tot oplevering", 60.0));
        sources.routePlan =
                ReportFixtures.plan(ReportFixtures.chosen("Hoofd bedrijfsbureau", LocalDate.of(2026, 4, 1)));

        String text = pdfText(DUTCH);

        assertThat(text)
                .contains("Rapport: Bouwbedrijf Voorbeeld (verzonnen)")
                .contains("Vertrouwelijk: dit rapport is alleen bestemd voor Bouwbedrijf Voorbeeld (verzonnen)")
                .contains("als minstens 5 medewerkers hebben geantwoord")
                .contains("productief én goed werk")
                .contains("Uw organisatie")
                .contains("Organisatie blijft achter")
                .contains("Regelruimte")
                .contains("Overbewerking")
                .contains("Betere planning")
                .contains("Regeldruk verminderen")
                .contains("Bron: TNO 2022")
                .contains("Hoofd bedrijfsbureau")
                .contains("Gebaseerd op: Cijfers over 2023–2024")
                .contains("Wat betekent dit?");
        assertThat(text).doesNotContain("Werkplaats (n");
    }

    @Test
    void shouldSayWhatIsMissingWhenNothingWasMeasured() throws IOException {
        String text = pdfText(DUTCH);

        assertThat(text)
                .contains("Wat ontbreekt: Nog geen cijfers ingevuld")
                .contains("Wat ontbreekt: Nog geen vragenlijst afgenomen.")
                .contains("Wat ontbreekt: Nog geen waardestroom in kaart gebracht.")
                .contains("nog niet bekend");
    }

    @Test
    void shouldWriteTheEnglishPdfForAnEnglishRequest() throws IOException {
        String text = pdfText(Locale.ENGLISH);

        assertThat(text)
                .contains("Report: Bouwbedrijf Voorbeeld")
                .contains("Confidential")
                .contains("Anonymity rule");
    }
}
