package nl.werkkracht.app.scan;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;

/**
 * The printable invitations: an A4 PDF with eight cards a page, each with the QR code of one
 * invitation's address, the address written out, and a line on anonymity, to cut out and hand to
 * employees; and a last page with the privacy statement ({@link ScanPrivacy}) to hang up or hand out
 * with the cards. Rendered like the other PDFs (openhtmltopdf, Liberation Sans embedded); the QR codes are
 * embedded PNG {@code data:} images, the only resources the renderer may load.
 */
final class InvitationSheet {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private InvitationSheet() {}

    /**
     * @param links the questionnaire address of each invitation
     * @param organisation the organisation's name, printed on every card
     * @param privacy the privacy statement's paragraphs
     */
    static byte[] pdf(
            List<String> links,
            String organisation,
            Instant closesAt,
            List<String> privacy,
            Locale locale,
            MessageSource messages) {
        String html = xhtml(links, organisation, closesAt, privacy, locale, messages);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Werkkracht");
            builder.useFont(InvitationSheet::font, "Liberation Sans");
            builder.useExternalResourceAccessControl(
                    (uri, type) -> uri != null && uri.startsWith("data:image/png;base64,"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> uri != null && uri.startsWith("data:image/png;base64,"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the invitations", e);
        }
        return out.toByteArray();
    }

    static String xhtml(
            List<String> links,
            String organisation,
            Instant closesAt,
            List<String> privacy,
            Locale locale,
            MessageSource messages) {
        String closes = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(ScanPeriod.lastDay(closesAt));
        var html = new StringBuilder(4096 + links.size() * 3000);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(messages.getMessage("scan.sheet.title", null, locale)))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body><table>");
        for (int i = 0; i < links.size(); i += 2) {
            html.append("<tr>");
            for (int j = i; j < i + 2; j++) {
                html.append("<td>");
                if (j < links.size()) {
                    card(html, links.get(j), organisation, closes, locale, messages);
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table><div class=\"privacy\"><h1>")
                .append(escape(messages.getMessage("scan.privacy.title", null, locale)))
                .append("</h1><p class=\"org\">")
                .append(escape(organisation))
                .append("</p>");
        for (String paragraph : privacy) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        html.append("</div></body></html>");
        return html.toString();
    }

    private static void card(
            StringBuilder html, String link, String organisation, String closes, Locale locale, MessageSource m) {
        html.append("<p class=\"org\">")
                .append(escape(organisation))
                .append("</p><p class=\"head\">")
                .append(escape(m.getMessage("scan.sheet.heading", null, locale)))
                .append("</p><img src=\"")
                .append(QrCodes.dataUri(link))
                .append("\" alt=\"QR\"/><p class=\"link\">")
                .append(escape(link))
                .append("</p><p class=\"small\">")
                .append(escape(m.getMessage("scan.sheet.anonymous", new Object[] {closes}, locale)))
                .append("</p><p class=\"small\">")
                .append(escape(m.getMessage("scan.sheet.privacy", new Object[] {organisation}, locale)))
                .append("</p>");
    }

    private static final String CSS = "@page { size: A4; margin: 10mm; }"
            + " body { font-family: 'Liberation Sans'; font-size: 9pt; color: #1a1a1a; }"
            + " table { width: 100%; border-collapse: collapse; table-layout: fixed; }"
            + " tr { page-break-inside: avoid; }"
            + " td { width: 50%; height: 66mm; border: 0.6pt dashed #888; padding: 4mm; vertical-align: top;"
            + " text-align: center; }"
            + " img { width: 34mm; height: 34mm; }"
            + " p { margin: 0 0 1.5mm 0; }"
            + " p.org { font-size: 8pt; color: #444; }"
            + " p.head { font-size: 11pt; font-weight: bold; }"
            + " p.link { font-size: 8pt; word-wrap: break-word; }"
            + " p.small { font-size: 7.5pt; color: #333; }"
            + " div.privacy { page-break-before: always; font-size: 10pt; line-height: 1.4; }"
            + " div.privacy h1 { font-size: 14pt; margin: 0 0 3mm 0; }"
            + " div.privacy p { margin: 0 0 3mm 0; }";

    private static InputStream font() {
        InputStream in = PDDocument.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox no longer ships " + FONT);
        }
        return in;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
