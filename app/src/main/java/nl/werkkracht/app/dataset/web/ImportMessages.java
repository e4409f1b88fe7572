package nl.werkkracht.app.dataset.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An import's failure in the reader's language: a problem the importer names by its code is translated
 * ({@code data.import.problem.<code>} in {@code messages/data*.properties}) and placed after the file and
 * line ("bad.csv regel 3: …"); any other, and every one on an English page, is shown as the importer wrote it
 * (English, as every service message, ADR 0016), so a new message is never lost, only untranslated.
 */
final class ImportMessages {

    private ImportMessages() {}

    static String failure(ImportJob.Failure f, MessageSource messages, Locale locale) {
        if (!f.code().isEmpty() && !locale.getLanguage().equals("en")) {
            String reason = messages.getMessage(
                    "data.import.problem." + f.code(), f.arguments().toArray(), null, locale);
            if (reason != null) {
                return f.line() > 0
                        ? messages.getMessage(
                                "data.import.atLine", new Object[] {f.file(), String.valueOf(f.line()), reason}, locale)
                        : messages.getMessage("data.import.inFile", new Object[] {f.file(), reason}, locale);
            }
        }
        return f.message();
    }
}
