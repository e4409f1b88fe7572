package nl.werkkracht.app.monitor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A region's catch-up class over a window (METHODS.md §5).
 *
 * @param frontrunner codes of the frontrunner group, comma-separated (METHODS.md §5: top 10 %, at least
 *     two, by mean level over the first three years)
 * @param catchUpClass class code (JSON {@code class}): STRONGLY_CATCHING_UP, CATCHING_UP,
 *     KEEPING_PACE, FALLING_BEHIND, STRONGLY_FALLING_BEHIND
 * @param label the class in the request's language
 * @param relativeFrom level in percent of the frontrunner's in the first year
 * @param relativeTo level in percent of the frontrunner's in the last year
 * @param change percentage points
 * @param changeVsReference change of the region's index against the Netherlands, points; null when unknown
 */
@Schema(description = "Catch-up class against the frontrunner region")
public record CatchUpPosition(
        String frontrunner,
        @JsonProperty("class") @Schema(name = "class") String catchUpClass,
        String label,
        double relativeFrom,
        double relativeTo,
        double change,
        Double changeVsReference) {}
