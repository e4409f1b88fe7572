package nl.werkkracht.app.national;

/**
 * Where a figure comes from, as shown under every chart and table: the dataset with its title,
 * publisher and licence line from the dataset record.
 *
 * @param dataset dataset name, e.g. {@code nama_10_a64}
 * @param title dataset title
 * @param source publisher and table
 * @param licence licence line (empty when the dataset record has none)
 */
public record SourceView(String dataset, String title, String source, String licence) {}
