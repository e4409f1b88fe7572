package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The export links of every page, fetched with the page's own session (what a click downloads): an
 * XLSX is a workbook (a zip, "PK") with the table's rows, a PDF starts with "%PDF" and carries the
 * page's title in the page's language, a CSV is text; each comes as an attachment.
 */
class ExportBrowserIT extends BrowserTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/monitor", "/monitor/region/NL32", "/monitor/region/CR23", "/monitor/national", "/data"})
    void shouldExportXlsxAsAWorkbookWithTheTableRows(String page) throws IOException {
        ExportDownload xlsx = download(page + "?lang=nl", "xlsx");

        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.head()).startsWith("PK");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows())
                    .as("rows of the first sheet of the XLSX of %s", page)
                    .isGreaterThan(page.equals("/monitor") ? 12 : 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/monitor?lang=nl",
                "/monitor/region/NL32?lang=nl",
                "/monitor/region/CR23?lang=nl",
                "/monitor/national?lang=nl",
                "/data?lang=nl",
                "/monitor?lang=en",
                "/monitor/region/NL32?lang=en"
            })
    void shouldExportThePageAsPdfWithItsTitleInThePageLanguage(String page) throws IOException {
        ExportDownload pdf = download(page, "pdf");
        String title = words(driver().findElement(By.tagName("h1")).getText());

        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.head()).startsWith("%PDF");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(words(new PDFTextStripper().getText(document)))
                    .as("text of the PDF of %s", page)
                    .contains(title);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/monitor", "/data"})
    void shouldExportTheTableAsCsvText(String page) {
        ExportDownload csv = download(page + "?lang=nl", "csv");

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .count())
                .isGreaterThan(1);
    }

    /** Opens the page, takes its first export link of the format and fetches it as a click would. */
    private ExportDownload download(String page, String format) {
        open(page);
        WebElement link = driver().findElements(By.cssSelector("a[data-export=" + format + "]")).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no a[data-export=" + format + "] on " + page));
        String href = link.getAttribute("href");
        ExportDownload d = ExportDownload.fetch(js(), href);
        assertThat(d.status())
                .as("GET %s (the %s export of %s)", href, format, page)
                .isEqualTo(200);
        assertThat(d.disposition()).as("Content-Disposition of %s", href).contains("attachment");
        return d;
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
