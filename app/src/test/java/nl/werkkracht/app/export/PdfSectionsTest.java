package nl.werkkracht.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportSection.Axis;
import nl.werkkracht.app.export.ExportSection.Bar;
import nl.werkkracht.app.export.ExportSection.Bars;
import nl.werkkracht.app.export.ExportSection.Items;
import nl.werkkracht.app.export.ExportSection.Matrix;
import nl.werkkracht.app.export.ExportSection.Paragraph;
import nl.werkkracht.app.export.ExportSection.Paragraph.Kind;
import nl.werkkracht.app.export.ExportSection.Point;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfSectionsTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.parse("2026-03-05T14:03:00+01:00[Europe/Amsterdam]");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static ExportSection section() {
        return new ExportSection(
                "Kwaliteit van werk",
                List.of(
                        new Paragraph("Vertrouwelijk voor de organisatie", Kind.NOTICE),
                        new Paragraph("Per onderwerp", Kind.SUBHEADING),
                        new Bars(
                                "Scores 0–100",
                                100,
                                50.0,
                                List.of(
                                        new Bar("Regelruimte", 62.0, "62", false),
                                        new Bar("Werkdruk", 38.0, "38", true),
                                        new Bar("Steun", null, "–", false))),
                        new Matrix(
                                "Kwadrant",
                                new Axis("Productiviteit", 0, 2, 1, "0%", "100%", "200%"),
                                new Axis("Kwaliteit van werk", 0, 100, 50, "0", "50", "100"),
                                List.of("linksboven", "rechtsboven", "linksonder", "rechtsonder"),
                                1,
                                List.of(new Point("Uw organisatie", 1.2, 64))),
                        new Items(List.of("eerste idee", "tweede idee"), false),
                        new ExportSection.Table(Tables.regions()),
                        new Paragraph("Gebaseerd op: 12 antwoorden", Kind.NOTE)));
    }

    @Test
    void shouldRenderEveryBlockOfASectionAsText() throws IOException {
        ExportPage page = new ExportPage("report", "Rapport", List.of("Inleiding"), List.of(), List.of(section()));

        byte[] pdf = PdfExport.write(page, DUTCH, WHEN, "Werkkracht");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Kwaliteit van werk")
                    .contains("Vertrouwelijk voor de organisatie")
                    .contains("Regelruimte 62")
                    .contains("Steun –")
                    .contains("rechtsboven")
                    .contains("200%")
                    .contains("Uw organisatie")
                    .contains("tweede idee")
                    .contains("Productiviteit per regio")
                    .contains("Gebaseerd op: 12 antwoorden");
        }
    }

    @Test
    void shouldKeepAPageOfLinesAndTablesWithoutSections() {
        ExportPage page = new ExportPage("p", "Titel", List.of("regel"), List.of(Tables.regions()));

        assertThat(page.sections()).isEmpty();
        assertThat(PdfExport.xhtml(page, DUTCH, WHEN, "Werkkracht")).doesNotContain("class=\"section\"");
    }

    @Test
    void shouldDrawNegativeBarsLeftOfZeroOnAScaleThatHoldsZero() {
        var bars = new Bars(
                "Bijdrage per bedrijfstak",
                -2.5,
                1,
                null,
                List.of(new Bar("G-I", -1.905, "€ -1,91", true), new Bar("B-E", 0.889, "€ 0,89", false)));
        ExportPage page = new ExportPage(
                "gap", "Verschil", List.of(), List.of(), List.of(new ExportSection("Verschil", List.of(bars))));

        String html = PdfExport.xhtml(page, DUTCH, WHEN, "Werkkracht");

        // zero lies at 2.5 / 3.5 = 71.43 % of the track; -1.905 runs from 71.43 - 54.43 = 17.00 % to zero
        assertThat(html).contains("left: 17.00%; width: 54.43%").contains("left: 71.43%; width: 25.40%");
        assertThat(html).contains("class=\"bar-zero\" style=\"left: 71.43%\"");
        assertThatThrownBy(() -> new Bars("x", 1, 2, null, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldClampAPointOutsideTheAxisToItsEdge() {
        assertThat(PdfSections.share(3.5, 0, 2)).isEqualTo(1.0);
        assertThat(PdfSections.share(-1, 0, 2)).isEqualTo(0.0);
        assertThat(PdfSections.share(0.5, 0, 2)).isEqualTo(0.25);
    }

    @Test
    void shouldRefuseAnAxisWhoseSplitIsNotInside() {
        assertThatThrownBy(() -> new Axis("x", 0, 1, 1, "0", "1", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
