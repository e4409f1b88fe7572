package nl.werkkracht.app.typology;

import java.util.List;
import java.util.Map;

/**
 * The catch-up typology (METHODS.md §5).
 *
 * @param level region level classified
 * @param from first year
 * @param to last year
 * @param labour labour measure
 * @param output output measure of the levels (GDP or GVA per unit of labour)
 * @param corrected whether levels are structure-corrected
 * @param frontrunner the frontrunner region
 * @param frontrunnerChosen true when the user chose it, false when it had the highest level in t0
 * @param thresholds class boundaries in percentage points
 * @param regions regions with relative levels (percent of the frontrunner) and class
 * @param missingRegions regions without levels in both years
 * @param notes how regions of one classification were read from data of another, and sources
 * @param dataset dataset
 */
public record TypologyView(
        String level,
        int from,
        int to,
        String labour,
        String output,
        boolean corrected,
        String frontrunner,
        boolean frontrunnerChosen,
        Map<String, Double> thresholds,
        List<Region> regions,
        List<String> missingRegions,
        List<String> notes,
        String dataset) {

    /**
     * @param region region code
     * @param name Dutch name
     * @param relativeFrom percent of the frontrunner in t0
     * @param relativeTo percent of the frontrunner in t1
     * @param change percentage points
     * @param class_ the class (JSON name {@code class})
     */
    public record Region(
            String region,
            String name,
            double relativeFrom,
            double relativeTo,
            double change,
            @com.fasterxml.jackson.annotation.JsonProperty("class") String class_) {}
}
