package nl.werkkracht.statdata.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import nl.werkkracht.statdata.importer.FileImporter;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;

/** The one way importer tests check that a bad file is refused: message, file, field and what was delivered. */
public final class Rejections {

    private Rejections() {}

    /**
     * Imports {@code file} and asserts that it fails with exactly {@code message}, naming the file and
     * {@code field}, after {@code deliveredBefore} observations reached the sink.
     */
    public static ImportException assertRejected(
            FileImporter importer, Path file, String message, String field, int deliveredBefore) {
        var sink = new RecordingSink();
        Throwable caught = catchThrowable(() -> importer.importFile(file, sink, ImportProgress.NONE));
        assertThat(caught).isInstanceOf(ImportException.class).hasMessage(message);
        var thrown = (ImportException) caught;
        assertThat(thrown.file()).isEqualTo(file.getFileName().toString());
        assertThat(thrown.field()).isEqualTo(field);
        assertThat(sink.received()).hasSize(deliveredBefore);
        return thrown;
    }
}
