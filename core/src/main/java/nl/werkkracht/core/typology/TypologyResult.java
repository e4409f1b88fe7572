package nl.werkkracht.core.typology;

import java.util.List;

/**
 * The catch-up typology of a set of regions (METHODS.md §5).
 *
 * @param frontrunner the frontrunner region
 * @param chosen whether the frontrunner was chosen by the user (otherwise: highest level in t0)
 * @param regions every region with data in both years, frontrunner included (its change is 0)
 * @param missingRegions regions without a positive level in t0 or t1
 */
public record TypologyResult(
        String frontrunner, boolean chosen, List<RegionCatchUp> regions, List<String> missingRegions) {
    public TypologyResult {
        regions = List.copyOf(regions);
        missingRegions = List.copyOf(missingRegions);
    }
}
