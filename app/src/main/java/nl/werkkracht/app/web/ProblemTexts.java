package nl.werkkracht.app.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.werkkracht.core.organisation.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Problems and warnings in the user's language ({@code messages/problems*.properties}). The engines and
 * services say what is wrong in English (for logs and scripts); a person reads it translated:
 *
 * <ul>
 *   <li>a {@link FieldProblem} with a {@code code} by {@code problem.<code>} with its arguments;
 *   <li>any other fixed English text by its slug: "must not be negative" is {@code
 *       problem.must-not-be-negative}. A text without a translation is shown as it is, so a new message
 *       is never lost, only untranslated until someone adds its key.
 * </ul>
 *
 * Field names are shown by their label {@code field.<name>} ({@code steps[2].role}: {@code field.role}).
 */
@Component("problems")
public final class ProblemTexts {

    private final MessageSource messages;

    public ProblemTexts(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The message of {@code problem} in {@code locale}. */
    public String message(FieldProblem problem, Locale locale) {
        if (!problem.code().isEmpty()) {
            String coded = messages.getMessage(
                    "problem." + problem.code(), problem.arguments().toArray(), null, locale);
            if (coded != null) {
                return coded;
            }
        }
        return text(problem.message(), locale);
    }

    /** The message of {@code problem} in the current request's language (for templates). */
    public String message(FieldProblem problem) {
        return message(problem, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A fixed English text in {@code locale}, or the text itself when it has no translation. */
    public String text(String english, Locale locale) {
        if (english == null || english.isBlank()) {
            return english;
        }
        return messages.getMessage("problem." + slug(english), null, english, locale);
    }

    /** The label of a field ({@code field.<name>}), or its name. */
    public String field(String field, Locale locale) {
        String name = field.replaceAll("\\[\\d+]", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        return messages.getMessage("field." + name, null, field, locale);
    }

    /**
     * Puts a problem detail into {@code locale}: the title by its type ({@code problem.title.<type>}), every
     * listed field error ({@code errors}: by its code and arguments, or by its English message) with the
     * detail made of them again as "field message; …", or else the detail by its slug.
     */
    public ProblemDetail localise(ProblemDetail problem, Locale locale) {
        if (problem.getType() != null) {
            String type = problem.getType().toString();
            String key = "about:blank".equals(type)
                    ? "problem.status." + problem.getStatus()
                    : "problem.title." + type.substring(type.lastIndexOf('/') + 1);
            String title = messages.getMessage(key, null, null, locale);
            if (title != null) {
                problem.setTitle(title);
            }
        }
        Object errors =
                problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty()) {
            List<Map<String, Object>> translated = new ArrayList<>();
            for (Object e : list) {
                if (e instanceof Map<?, ?> m
                        && m.get("field") instanceof String field
                        && m.get("message") instanceof String text) {
                    Object code = m.get("code");
                    List<Object> arguments = m.get("arguments") instanceof List<?> a ? List.copyOf(a) : List.of();
                    FieldProblem p = new FieldProblem(field, text, code instanceof String c ? c : "", arguments);
                    Map<String, Object> copy = new LinkedHashMap<>();
                    m.forEach((k, v) -> copy.put(String.valueOf(k), v));
                    copy.put("message", message(p, locale));
                    translated.add(copy);
                }
            }
            if (translated.size() == list.size()) {
                problem.setProperty("errors", translated);
                problem.setDetail(translated.stream()
                        .map(m -> m.get("field") + " " + m.get("message"))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(""));
                return problem;
            }
        }
        problem.setDetail(text(problem.getDetail(), locale));
        return problem;
    }

    /** "must not be negative" → "must-not-be-negative": lower case, runs of other signs as one hyphen. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
