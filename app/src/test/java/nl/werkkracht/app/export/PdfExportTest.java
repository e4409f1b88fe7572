package nl.werkkracht.app.export;

import static nl.werkkracht.app.export.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.parse("2025-03-05T14:03:00+01:00[Europe/Amsterdam]");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static ExportPage page() {
        return new ExportPage(
                "region-NL32",
                "Noord-Holland: productiviteit & groei",
                List.of("Index Nederland = 100", "Gegevens tot en met 2021"),
                List.of(Tables.regions()));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void shouldBeAPdfWithTheTitleAndEveryPartOfThePage() throws IOException {
        byte[] pdf = PdfExport.write(page(), DUTCH, WHEN, "Werkkracht, http://localhost:8080");

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("Noord-Holland: productiviteit & groei")
                .contains("Index Nederland = 100")
                .contains("Productiviteit per regio")
                .contains("Bron: Eurostat, nama_10r_3gdp")
                .contains("Bron: Werkkracht, http://localhost:8080")
                .contains("Gemaakt op 5 maart 2025 14:03")
                .contains("Δ Flevoland");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Noord-Holland: productiviteit & groei");
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            assertThat(Math.round(width * 25.4 / 72)).isEqualTo(210);
            assertThat(Math.round(height * 25.4 / 72)).isEqualTo(297);
        }
    }

    @Test
    void shouldFormatNumbersInTheLocaleAndShowADashForMissing() throws IOException {
        String dutch = text(PdfExport.write(page(), DUTCH, WHEN, "Werkkracht"));
        String english = text(PdfExport.write(page(), Locale.ENGLISH, WHEN, "Werkkracht"));

        assertThat(dutch).contains("90.500").contains("0,001522").contains("–").doesNotContain("null");
        assertThat(english).contains("90,500").contains("0.001522").contains("Source: Werkkracht");
        assertThat(english).contains("Generated on March 5, 2025");
    }

    @Test
    void shouldWrapLongColumnHeadingsRatherThanCutColumnsOff() {
        // the region page's trend table: five columns with long headings over numbers (a cut column before)
        List<String> columns = List.of(
                "Jaar",
                "Arbeidsproductiviteit Overijssel (€ per werkzame persoon, lopende prijzen)",
                "Arbeidsproductiviteit Nederland (€ per werkzame persoon, lopende prijzen)",
                "Index arbeidsproductiviteit (Nederland = 100)",
                "Index gecorrigeerd voor sectorstructuur (Nederland = 100)",
                "Productiviteit Nederland per bedrijfstak (€ bruto toegevoegde waarde per werkzame persoon)",
                "Geografische afbakening (NUTS-versie)");
        var rows = new java.util.ArrayList<List<Object>>();
        for (int year = 2000; year <= 2018; year++) {
            rows.add(row(year, 46295.123, 55109.456, 84.01234, 84.0123, 119944.5, "NUTS 2016"));
        }
        var wide = new ExportTable("t", "Arbeidsproductiviteit door de tijd", columns, rows, List.of());

        byte[] pdf = PdfExport.write(new ExportPage("t", "Overijssel", List.of(), List.of(wide)), DUTCH, WHEN, "W");

        assertThat(PdfGlyphs.outsideThePage(pdf)).isEmpty();
    }

    @Test
    void shouldTurnToLandscapeForAWideTable() throws IOException {
        List<String> columns = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
        var wide = new ExportTable("w", "Breed", columns, List.of(row(1, 2, 3, 4, 5, 6, 7, 8, 9)), List.of());
        byte[] pdf = PdfExport.write(new ExportPage("w", "Breed", List.of(), List.of(wide)), DUTCH, WHEN, "W");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void shouldEscapeMarkupInText() {
        assertThat(PdfExport.escape("<b>a & \"b\"</b>\u0001")).isEqualTo("&lt;b&gt;a &amp; &quot;b&quot;&lt;/b&gt;");
    }

    @Test
    void shouldShowFourSignificantDigits() {
        assertThat(PdfExport.NumberFormats.decimals(90500.4)).isZero();
        assertThat(PdfExport.NumberFormats.decimals(104.23)).isEqualTo(1);
        assertThat(PdfExport.NumberFormats.decimals(52.2777)).isEqualTo(2);
        assertThat(PdfExport.NumberFormats.decimals(0.0015219)).isEqualTo(6);
        assertThat(PdfExport.NumberFormats.decimals(-0.25)).isEqualTo(4);
    }
}
