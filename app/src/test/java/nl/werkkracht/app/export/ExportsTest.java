package nl.werkkracht.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;

class ExportsTest {

    @Test
    void shouldSendCsvAsAnAttachmentNamedAfterTheTable() {
        ResponseEntity<byte[]> r = Exports.table(Tables.regions(), "csv");

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"region-trend.csv\"");
        assertThat(r.getBody()).startsWith(CsvExport.BOM);
    }

    @Test
    void shouldSendXlsxAsAnAttachmentNamedAfterTheTable() {
        ResponseEntity<byte[]> r = Exports.table(Tables.regions(), "XLSX");

        assertThat(r.getHeaders().getContentType()).isEqualTo(Exports.XLSX);
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"region-trend.xlsx\"");
        assertThat(r.getBody()).startsWith('P', 'K');
    }

    @Test
    void shouldSendAPageAsPdf() {
        ResponseEntity<byte[]> r =
                Exports.page(new ExportPage("region-NL32", "Noord-Holland", List.of(), List.of(Tables.regions())));

        assertThat(r.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"region-NL32.pdf\"");
        assertThat(r.getBody()).startsWith('%', 'P', 'D', 'F');
    }

    @Test
    void shouldRefuseAnUnknownFormatWithAProblem() {
        var e = catchThrowableOfType(ErrorResponseException.class, () -> Exports.table(Tables.regions(), "ods"));

        assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.getBody().getDetail()).contains("'ods'");
        assertThat(e.getBody().getProperties()).containsEntry("parameter", "format");
    }

    @Test
    void shouldKeepFileNamesToSafeCharacters() {
        assertThat(Exports.fileName("region-NL32")).isEqualTo("region-NL32");
        assertThat(Exports.fileName("a b/ë\"c")).isEqualTo("a-b---c");
        assertThat(Exports.fileName("..")).isEqualTo("export..");
    }
}
