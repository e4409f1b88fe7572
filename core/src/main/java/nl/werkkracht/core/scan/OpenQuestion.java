package nl.werkkracht.core.scan;

import java.util.Objects;

/**
 * The open question for improvement ideas (free text). Its answers are released only for groups that
 * pass the anonymity rule, never with anything that identifies the author (METHODS.md §10).
 *
 * @param id stable id, e.g. {@code ideas}
 * @param text the question in Dutch and English
 */
public record OpenQuestion(String id, Bilingual text) {

    public OpenQuestion {
        Instrument.requireId(id, "open question id");
        Objects.requireNonNull(text, "text of open question " + id);
    }
}
