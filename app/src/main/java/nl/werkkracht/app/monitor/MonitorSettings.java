package nl.werkkracht.app.monitor;

import java.util.Objects;
import nl.werkkracht.core.observation.LabourMeasure;

/**
 * Which data the monitor reads. The defaults fit the shipped datasets: regional GDP and persons
 * employed by sector from Eurostat ({@code nama_10r}), national GVA by sector from EU KLEMS ({@code
 * euklems}), and persons employed as labour measure (the only one regional Eurostat data have).
 *
 * @param dataset regional output and labour, totals and by sector
 * @param productivityDataset the reference's GVA by sector for the structure comparison
 * @param labour labour measure of every regional figure
 * @param reference the reference region (the Netherlands)
 */
record MonitorSettings(String dataset, String productivityDataset, LabourMeasure labour, String reference) {

    MonitorSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(productivityDataset, "productivityDataset");
        Objects.requireNonNull(labour, "labour");
        Objects.requireNonNull(reference, "reference");
    }
}
