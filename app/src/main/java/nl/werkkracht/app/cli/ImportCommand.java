package nl.werkkracht.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "import",
        description = "Import a file (Werkkracht CSV, Eurostat TSV, SDMX-CSV, JSON-stat, Eurobase, EU KLEMS), a CBS"
                + " table (cbs:84419NED) or a Eurostat dataset (eurostat:nama_10r_3gva?geo=NL) into a dataset, all or"
                + " nothing.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "a file, cbs:TABLEID for CBS StatLine OData, or eurostat:CODE[?filters] for Eurostat's API")
    private String source;

    @Option(names = "--dataset", required = true, description = "dataset name (created when new)")
    private String dataset;

    @Option(
            names = "--format",
            defaultValue = "auto",
            description = "auto, csv, eurostat-tsv, eurostat-csv, json-stat, eurobase, cbs-odata or klems")
    private String format;

    @Option(
            names = "--table",
            description = "with --format cbs-odata and a directory of saved responses: the CBS table id")
    private String table;

    @Override
    public Integer call() {
        Optional<ImportFormat> f = format.equals("auto")
                ? Optional.empty()
                : Optional.of(ImportFormat.parse(format)
                        .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                                main.spec.commandLine(),
                                "--format must be auto, csv, eurostat-tsv, eurostat-csv, json-stat, eurobase, cbs-odata"
                                        + " or klems, got '" + format + "'")));
        if (EurostatImport.isEurostat(source)) {
            try {
                nl.werkkracht.statdata.eurostat.EurostatApi.parse(source);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(main.spec.commandLine(), e.getMessage());
            }
        }
        try (Platform p = main.platform()) {
            ImportService.Report report;
            ProgressLine progress = new ProgressLine(main.err(), main.interactive());
            if (EurostatImport.isEurostat(source)) {
                report = EurostatImport.run(p, main.env(), source, dataset, progress);
            } else if (CbsImport.isCbs(source) || f.equals(Optional.of(ImportFormat.CBS_ODATA))) {
                report = CbsImport.run(p, main.env(), source, Optional.ofNullable(table), dataset, progress);
            } else {
                Path file = Path.of(source);
                if (!Files.isRegularFile(file)) {
                    main.err().println("werkkracht: " + source + ": no such file");
                    return 1;
                }
                report = p.imports().importFile(file, dataset, f, progress);
            }
            progress.done();
            main.out()
                    .printf(
                            "Imported %d observations into dataset %s%s%n",
                            report.written(), report.dataset(), report.created() ? " (new)" : "");
            if (report.skipped() > 0) {
                main.out().printf("Skipped %d records:%n", report.skipped());
            }
            report.notes().forEach(n -> main.out().println("  " + n));
            return 0;
        }
    }

    /** Prints progress on one terminal line, only when a person is watching. */
    static final class ProgressLine implements ImportProgress {
        private final java.io.PrintStream err;
        private final boolean enabled;
        private long lastPrint;

        ProgressLine(java.io.PrintStream err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        @Override
        public void update(long records, long done, long total) {
            long now = System.nanoTime();
            if (!enabled || now - lastPrint < 200_000_000L) {
                return;
            }
            lastPrint = now;
            String pct = total > 0 ? String.format(java.util.Locale.ROOT, "%3d%% ", 100 * done / total) : "";
            err.printf("\rImporting... %s%,d records", pct, records);
        }

        void done() {
            if (enabled && lastPrint != 0) {
                err.print("\r\033[K");
            }
        }
    }
}
