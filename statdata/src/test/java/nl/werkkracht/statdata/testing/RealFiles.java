package nl.werkkracht.statdata.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The real published files copied into {@code src/test/resources/data/} (with their PROVENANCE.txt),
 * resolved from the test classpath to a file path so importers can read them and measure their size.
 */
public final class RealFiles {

    public static final String NAMA_10_A64 = "eurostat/nama_10_a64_NL.csv";
    public static final String NAMA_10R_3EMPERS_CSV = "eurostat/regional/nama_10r_3empers_NL.csv";
    public static final String NAMA_10R_3GDP_TSV = "eurostat/regional/nama_10r_3gdp_NL.tsv";
    public static final String NAMA_10R_3EMPERS_TSV_SAMPLE = "formats/eurostat_tsv_nama_10r_3empers_sample.tsv";
    public static final String KLEMS = "euklems/euklems_intanprod_2021_growth_accounts_NL.csv";

    private RealFiles() {}

    public static Path path(String name) {
        URL url = RealFiles.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalStateException("test data file data/" + name + " is not on the classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
