package nl.werkkracht.core.scan;

import java.util.Objects;

/**
 * A scale of the questionnaire: a few items that together measure one thing, scored 0–100 where a
 * higher score is always better (METHODS.md §10).
 *
 * @param id stable id, e.g. {@code tech.tools}; other features (the route plan) refer to it
 * @param domain the TOP pillar or other domain the scale belongs to
 * @param name the scale's name in Dutch and English
 */
public record Scale(String id, Domain domain, Bilingual name) {

    public Scale {
        Instrument.requireId(id, "scale id");
        Objects.requireNonNull(domain, "domain of scale " + id);
        Objects.requireNonNull(name, "name of scale " + id);
    }
}
