package nl.werkkracht.app.scan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * The privacy statement employees see on the questionnaire and with their invitation (AVG/GDPR art. 13
 * as far as it applies to anonymous answers): who is responsible (the organisation), who processes (the
 * operator, {@code werkkracht.privacy.processor}), what is asked and why, who sees what, how long raw
 * answers are kept ({@code werkkracht.scan.retention-days}) and the respondent's rights. Dutch and
 * English from the {@code scan} message bundle.
 *
 * @param processor the operator's name; blank for "the operator of this Werkkracht platform"
 * @param retentionDays days after closing until the raw answers are deleted
 * @param k the anonymity threshold
 */
public record ScanPrivacy(String processor, int retentionDays, int k) {

    public ScanPrivacy {
        processor = Objects.requireNonNullElse(processor, "").strip();
        if (retentionDays < 0 || k < 5) {
            throw new IllegalArgumentException("retention ≥ 0 days and k ≥ 5, got " + retentionDays + ", " + k);
        }
    }

    /** The statement's paragraphs for the organisation's employees, in {@code locale}'s language. */
    public List<String> statement(String organisation, MessageSource messages, Locale locale) {
        return List.of(
                messages.getMessage("scan.privacy.controller", new Object[] {organisation}, locale),
                processor.isEmpty()
                        ? messages.getMessage("scan.privacy.processor.unnamed", new Object[] {organisation}, locale)
                        : messages.getMessage("scan.privacy.processor", new Object[] {processor, organisation}, locale),
                messages.getMessage("scan.privacy.what", new Object[] {organisation}, locale),
                messages.getMessage("scan.privacy.who", new Object[] {organisation, k}, locale),
                messages.getMessage("scan.privacy.link", null, locale),
                messages.getMessage("scan.privacy.browser", null, locale),
                messages.getMessage("scan.privacy.retention", new Object[] {retentionDays, k}, locale),
                messages.getMessage("scan.privacy.rights", new Object[] {organisation}, locale));
    }
}
