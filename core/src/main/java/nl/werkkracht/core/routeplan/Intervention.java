package nl.werkkracht.core.routeplan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One intervention of the route-plan catalogue (METHODS.md §13).
 *
 * @param id stable id, lower case with hyphens ({@code org-cut-rules}); choices are stored under it
 * @param route the route it belongs to
 * @param title short name
 * @param rationale why it helps, in plain language (B1)
 * @param source the publication that supports it, in short form
 * @param when the conditions on scan results that make it relevant
 * @param prerequisites conditions that must all hold before it can start ("basis op orde"); when one
 *     fails or was not measured the intervention is put off until later
 * @param effects its expected effects, for the dual-objective rule and the ordering
 * @param indicators the quantities to follow once it has started
 */
public record Intervention(
        String id,
        Route route,
        Text title,
        Text rationale,
        String source,
        Selection when,
        List<Condition> prerequisites,
        Effects effects,
        List<Quantity> indicators) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Intervention {
        if (id == null || !ID.matcher(id).matches() || id.length() > 64) {
            throw new IllegalArgumentException(
                    "intervention id must be lower case letters, digits and hyphens (at most 64), got '" + id + "'");
        }
        if (route == null || title == null || rationale == null || when == null || effects == null) {
            throw new IllegalArgumentException(
                    "intervention " + id + " needs a route, title, rationale, conditions and effects");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("intervention " + id + " needs a source");
        }
        source = source.strip();
        prerequisites = List.copyOf(prerequisites);
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("intervention " + id + " needs at least one indicator to follow");
        }
    }
}
