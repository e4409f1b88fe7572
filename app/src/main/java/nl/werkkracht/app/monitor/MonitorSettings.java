package nl.werkkracht.app.monitor;

import java.util.Objects;
import nl.werkkracht.core.observation.LabourMeasure;

/**
 * Which data the monitor reads. The defaults fit the shipped datasets: regional GDP and persons
 * employed by sector from Eurostat ({@code nama_10r}), national GVA by sector from EU KLEMS ({@code
 * euklems}), and persons employed as labour measure for NUTS-3/COROP; provinces (NUTS-2) per hour worked
 * from the hours, compensation, GDP and real GVA growth by NUTS-2 of {@code nama_10r_2022} (ADR 0030).
 *
 * @param dataset regional output and labour, totals and by sector
 * @param productivityDataset the reference's GVA by sector for the structure comparison
 * @param labour labour measure of every regional figure read from {@code dataset}
 * @param reference the reference region (the Netherlands)
 * @param hoursDataset output and hours worked by NUTS-2 (with GVA volume index and compensation); the
 *     provinces are shown per hour worked from it when it is in the store; empty for none
 */
record MonitorSettings(
        String dataset, String productivityDataset, LabourMeasure labour, String reference, String hoursDataset) {

    MonitorSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(productivityDataset, "productivityDataset");
        Objects.requireNonNull(labour, "labour");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(hoursDataset, "hoursDataset");
    }

    MonitorSettings(String dataset, String productivityDataset, LabourMeasure labour, String reference) {
        this(dataset, productivityDataset, labour, reference, "");
    }

    /** The settings of the per-hour figures of the provinces: the hours dataset, labour in hours worked. */
    MonitorSettings perHour() {
        return new MonitorSettings(hoursDataset, productivityDataset, LabourMeasure.HOURS, reference, hoursDataset);
    }
}
