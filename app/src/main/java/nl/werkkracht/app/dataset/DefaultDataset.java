package nl.werkkracht.app.dataset;

import java.util.List;

/**
 * A dataset shipped with Werkkracht and loaded on first start, as described in {@code
 * default/datasets.json}.
 *
 * @param name dataset name
 * @param title title shown with the data
 * @param source publisher and table
 * @param licence licence of the data
 * @param sourceUrl where the publisher offers the data
 * @param retrieved when it was downloaded (ISO date), null when not known to the day
 * @param description what it holds and its coverage
 * @param files the files, relative to {@code default/}, with their format
 * @param provenance the PROVENANCE file, relative to {@code default/}
 * @param vintages per measure: the source table, its data vintage and NUTS version (ADR 0030); empty when
 *     the catalogue does not list them
 */
public record DefaultDataset(
        String name,
        String title,
        String source,
        String licence,
        String sourceUrl,
        String retrieved,
        String description,
        List<DataFile> files,
        String provenance,
        List<Vintage> vintages) {

    public DefaultDataset {
        files = List.copyOf(files);
        vintages = vintages == null ? List.of() : List.copyOf(vintages);
    }

    /** The vintage of one measure, when the catalogue lists it. */
    public java.util.Optional<Vintage> vintage(String measure) {
        return vintages.stream().filter(v -> v.measure().equals(measure)).findFirst();
    }

    /**
     * Where the values of one measure come from (ADR 0030).
     *
     * @param measure the measure as stored ({@code HOURS}, {@code GDP}, {@code GVA}…)
     * @param table the publisher's table ({@code nama_10r_2emhrw})
     * @param release the data vintage, year and month ({@code 2022-09})
     * @param nuts the NUTS version of the region codes as published ({@code 2016}, {@code 2024})
     */
    public record Vintage(String measure, String table, String release, String nuts) {}

    /**
     * @param path resource path relative to {@code default/}
     * @param format importer format name ({@code csv}, {@code eurostat-tsv}, {@code klems})
     */
    public record DataFile(String path, String format) {}
}
