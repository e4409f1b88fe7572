package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class InvitationSheetTest {

    /** An invented operator and a retention period other than the default. */
    private static final ScanPrivacy PRIVACY = new ScanPrivacy("Voorbeeld Hosting B.V. (verzonnen)", 400, 5);

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages/scan");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void shouldEncodeTheLinkInAQrCodeThatReadsBack() throws Exception {
        String link = "https://werkkracht.example/s/abcdefghijklmnopqrstuvwxyz";

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(link)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
        assertThat(QrCodes.dataUri(link)).startsWith("data:image/png;base64,");
    }

    @Test
    void shouldPrintEightCardsAPageWithTheLinkWrittenOut() throws Exception {
        var links = java.util.stream.IntStream.range(0, 9)
                .mapToObj(i -> "https://werkkracht.example/s/token" + i)
                .toList();

        Locale dutch = Locale.forLanguageTag("nl");
        byte[] pdf = InvitationSheet.pdf(
                links,
                "Bakkerij De Korrel (verzonnen)",
                Instant.parse("2026-04-01T22:00:00Z"),
                PRIVACY.statement("Bakkerij De Korrel (verzonnen)", messages(), dutch),
                dutch,
                messages());

        String dir = System.getProperty("wk.screenshots");
        if (dir != null && !dir.isBlank()) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.write(java.nio.file.Path.of(dir, "invitations.pdf"), pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages())
                    .as("two pages of cards and the privacy statement")
                    .isEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("https://werkkracht.example/s/token0", "https://werkkracht.example/s/token8");
            assertThat(text).contains("Bakkerij De Korrel (verzonnen)", "anoniem", "1 april 2026");
            var statement = new PDFTextStripper();
            statement.setStartPage(3);
            assertThat(statement.getText(document).replaceAll("\\s+", " "))
                    .contains(
                            "Privacyverklaring",
                            "Bakkerij De Korrel (verzonnen) is verantwoordelijk",
                            "Voorbeeld Hosting B.V.",
                            "minstens 5",
                            "400 dagen",
                            "Autoriteit Persoonsgegevens");
        }
    }

    @Test
    void shouldWriteTheCardsInEnglishToo() throws Exception {
        byte[] pdf = InvitationSheet.pdf(
                List.of("https://x.example/s/a"),
                "Org",
                Instant.parse("2026-04-01T22:00:00Z"),
                new ScanPrivacy("", 365, 5).statement("Org", messages(), Locale.ENGLISH),
                Locale.ENGLISH,
                messages());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(
                            "Questionnaire about your work",
                            "Privacy statement",
                            "Org is responsible",
                            "the operator of this Werkkracht platform",
                            "365 days",
                            "Dutch Data Protection Authority");
        }
    }
}
