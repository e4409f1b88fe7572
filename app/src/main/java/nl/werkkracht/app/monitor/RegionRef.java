package nl.werkkracht.app.monitor;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A region as the monitor names it.
 *
 * @param code the code asked for or listed (CBS PV20…/CR01… or NUTS NL11…)
 * @param level its level: COUNTRY, NUTS1, NUTS2, NUTS3, LANDSDEEL, PROVINCE or COROP
 * @param mapCode the CBS code of the region on the map (PV… for provinces and NUTS-2, CR… for COROP and
 *     NUTS-3), null when the map has no such area
 * @param nutsCode the NUTS 2016 code of the same area (for COROP: the NUTS-3 region of the same name)
 * @param dataCode the code under which the figures were read
 * @param nameNl Dutch name (as CBS writes it)
 * @param nameEn English name
 * @param name the name in the request's language
 */
@Schema(description = "A region: codes in both classifications and names in Dutch and English")
public record RegionRef(
        String code,
        String level,
        String mapCode,
        String nutsCode,
        String dataCode,
        String nameNl,
        String nameEn,
        String name) {}
