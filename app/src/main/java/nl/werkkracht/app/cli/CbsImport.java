package nl.werkkracht.app.cli;

import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.statdata.importer.ImportProgress;

/** Imports a CBS StatLine table over OData (cbs:84419NED). */
final class CbsImport {

    private CbsImport() {}

    static boolean isCbs(String source) {
        return source.regionMatches(true, 0, "cbs:", 0, 4);
    }

    static ImportService.Report run(Platform platform, String source, String dataset, ImportProgress progress) {
        throw new nl.werkkracht.app.statistics.StatisticsException("CBS import is not wired yet");
    }
}
