package nl.werkkracht.app.dataset.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.werkkracht.app.dataset.ImportService;

/**
 * What {@code POST /api/v1/datasets/{name}/imports} did.
 *
 * @param dataset the dataset imported into
 * @param file the uploaded file's name
 * @param created whether the import created the dataset
 * @param written observations stored (including confidential and missing ones)
 * @param skipped records the importer deliberately left out, with the reasons in {@code notes}
 * @param notes notes for the user
 */
@Schema(name = "DatasetImportReport")
record ImportReportView(String dataset, String file, boolean created, long written, long skipped, List<String> notes) {

    ImportReportView {
        notes = List.copyOf(notes);
    }

    static ImportReportView of(String file, ImportService.Report r) {
        return new ImportReportView(r.dataset(), file, r.created(), r.written(), r.skipped(), r.notes());
    }
}
