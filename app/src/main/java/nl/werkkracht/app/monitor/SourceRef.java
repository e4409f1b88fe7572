package nl.werkkracht.app.monitor;

/**
 * Where figures come from, as stored with the dataset.
 *
 * @param dataset dataset name
 * @param title dataset title
 * @param source publisher and table ("Eurostat, nama_10r_3gdp …")
 * @param licence licence of the data
 */
public record SourceRef(String dataset, String title, String source, String licence) {}
