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
        String provenance) {

    public DefaultDataset {
        files = List.copyOf(files);
    }

    /**
     * @param path resource path relative to {@code default/}
     * @param format importer format name ({@code csv}, {@code eurostat-tsv}, {@code klems})
     */
    public record DataFile(String path, String format) {}
}
