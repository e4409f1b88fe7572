package nl.werkkracht.app.dataset.web;

import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.store.observation.DatasetInfo;

/**
 * What an upload asks for, checked before the file is touched: a valid dataset name and a known format
 * ({@code auto} or empty: detect it from the first line).
 *
 * @param dataset dataset to import into
 * @param format the format, empty to detect it
 */
record UploadRequest(String dataset, Optional<ImportFormat> format) {

    /**
     * @throws Invalid when the name or the format is not valid
     */
    static UploadRequest of(String dataset, String format) {
        String name = dataset == null ? "" : dataset.strip();
        if (!DatasetInfo.isValidName(name)) {
            throw new Invalid(
                    "data.upload.invalidName",
                    name,
                    "invalid dataset name '" + name + "': use 1 to 63 characters a-z, 0-9, '_', '.' or '-',"
                            + " starting with a letter or digit");
        }
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty() || f.equals("auto")) {
            return new UploadRequest(name, Optional.empty());
        }
        ImportFormat parsed = ImportFormat.parse(f)
                .orElseThrow(() -> new Invalid(
                        "data.upload.invalidFormat",
                        f,
                        "unknown format '" + f + "': use auto, csv, eurostat-tsv, klems or cbs-odata"));
        return new UploadRequest(name, Optional.of(parsed));
    }

    /**
     * A request that cannot be imported; the message is English for the API, the key and argument give
     * the page's translated message.
     */
    static final class Invalid extends IllegalArgumentException {
        private final String key;
        private final String argument;

        Invalid(String key, String argument, String message) {
            super(message);
            this.key = key;
            this.argument = argument;
        }

        String key() {
            return key;
        }

        String argument() {
            return argument;
        }
    }
}
