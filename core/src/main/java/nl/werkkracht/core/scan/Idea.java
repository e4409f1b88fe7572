package nl.werkkracht.core.scan;

import java.util.Objects;
import java.util.Optional;

/**
 * An answer to the open question. Stored apart from the response it came with, so that it can never be
 * linked to that respondent's answers; it keeps only the team, to decide whether it may be shown.
 *
 * @param team the respondent's team; empty when the scan has no teams
 * @param text the idea as written, not blank
 */
public record Idea(Optional<String> team, String text) {

    /** Longest idea kept, in characters. */
    public static final int MAX_LENGTH = 2000;

    public Idea {
        Objects.requireNonNull(team, "team");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an idea needs text");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an idea may have at most " + MAX_LENGTH + " characters");
        }
    }
}
