package nl.werkkracht.app.policy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import nl.werkkracht.app.export.ChartImages;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportSection;
import nl.werkkracht.app.export.ExportSection.Paragraph;
import nl.werkkracht.app.export.ExportTable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The DOCX of the annual report opens in POI again with its title, tables, Dutch numbers and pictures. */
class AnnualReportDocxTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void shouldWriteAnEditableWordDocumentWithChartsAndTables() throws Exception {
        byte[] chart = ChartImages.lines(
                "index",
                List.of(2016, 2017, 2018),
                List.of(
                        new ChartImages.Line("Overijssel", ChartImages.Role.MAIN, Arrays.asList(83.6, null, 83.8)),
                        new ChartImages.Line("synthetisch", ChartImages.Role.SECOND, List.of(83.0, 83.1, 83.3))),
                2017,
                100.0,
                NL);
        ExportPage page = new ExportPage(
                "jaarrapportage-PV23-2025",
                "Jaarrapportage arbeidsproductiviteit Overijssel 2025",
                List.of("Programma (verzonnen voorbeeld)"),
                List.of(),
                List.of(new ExportSection(
                        "Productiviteit door de jaren",
                        List.of(
                                new Paragraph("Voorbeeld met verzonnen gegevens.", Paragraph.Kind.NOTICE),
                                new ExportSection.Image("Overijssel en de synthetische regio", chart, 160),
                                new ExportSection.Table(new ExportTable(
                                        "series",
                                        "Index",
                                        List.of("Jaar", "Index"),
                                        List.of(List.of("2017", 83.1849), Arrays.asList("2018", null)),
                                        List.of("Bron: Eurostat")))))));

        byte[] docx = AnnualReportDocx.write(page, NL);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text)
                    .contains("Jaarrapportage arbeidsproductiviteit Overijssel 2025", "verzonnen", "Bron: Eurostat");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("83,2");
            assertThat(doc.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo("–");
            assertThat(doc.getAllPictures()).hasSize(1);
        }
        var image = ImageIO.read(new ByteArrayInputStream(chart));
        assertThat(image.getWidth()).isEqualTo(ChartImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartImages.HEIGHT);
    }
}
