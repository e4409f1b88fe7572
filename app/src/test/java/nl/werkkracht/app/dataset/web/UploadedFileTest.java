package nl.werkkracht.app.dataset.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class UploadedFileTest {

    @Test
    void shouldKeepTheNameTheUserKnows() {
        assertThat(UploadedFile.safeName("bad.csv")).isEqualTo("bad.csv");
        assertThat(UploadedFile.safeName("regio 2023 (v2).csv")).isEqualTo("regio 2023 (v2).csv");
        assertThat(UploadedFile.safeName("cijfers_ë.tsv")).isEqualTo("cijfers_ë.tsv");
    }

    @Test
    void shouldNeverLeaveTheTemporaryDirectory() {
        assertThat(UploadedFile.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFile.safeName("C:\\Users\\x\\data.csv")).isEqualTo("data.csv");
        assertThat(UploadedFile.safeName("..")).isEqualTo("upload..");
        assertThat(UploadedFile.safeName(".hidden")).isEqualTo("upload.hidden");
        assertThat(UploadedFile.safeName("a*b?c<d>.csv")).isEqualTo("a_b_c_d_.csv");
        assertThat(UploadedFile.safeName(null)).isEqualTo("upload");
    }

    @Test
    void shouldDeleteTheCopyAndItsDirectoryWhenClosed() throws Exception {
        var upload = new MockMultipartFile("file", "good.csv", "text/csv", new byte[] {'a', '\n'});

        UploadedFile file = UploadedFile.save(upload);
        assertThat(file.path()).exists().hasFileName("good.csv");
        assertThat(file.size()).isEqualTo(2);
        file.close();

        assertThat(file.path()).doesNotExist();
        assertThat(Files.exists(file.path().getParent())).isFalse();
    }
}
