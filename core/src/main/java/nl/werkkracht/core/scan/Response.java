package nl.werkkracht.core.scan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One respondent's answers. It carries nothing that identifies the respondent: no invitation, no time.
 *
 * @param team the team the respondent chose; empty when the scan has no teams
 * @param answers answer 1..5 by item id; unanswered items are absent
 */
public record Response(Optional<String> team, Map<String, Integer> answers) {

    public Response {
        Objects.requireNonNull(team, "team");
        answers.forEach((item, answer) -> {
            Objects.requireNonNull(item, "item id");
            if (answer == null || !Item.isValidAnswer(answer)) {
                throw new IllegalArgumentException("answer to " + item + " must be 1..5, got " + answer);
            }
        });
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A response in a scan with teams. */
    public static Response inTeam(String team, Map<String, Integer> answers) {
        return new Response(Optional.of(team), answers);
    }

    /** A response in a scan without teams. */
    public static Response withoutTeam(Map<String, Integer> answers) {
        return new Response(Optional.empty(), answers);
    }
}
