package nl.werkkracht.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.store.observation.DatasetSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "datasets", description = "List the datasets with source, licence, coverage and status flags.")
final class DatasetsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--output", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    private OutputFormat output;

    @Override
    public Integer call() {
        try (Platform platform = main.platform()) {
            List<DatasetSummary> datasets = platform.store().datasets();
            var views = new ArrayList<Map<String, Object>>();
            var rows = new ArrayList<List<String>>();
            for (DatasetSummary d : datasets) {
                var v = new LinkedHashMap<String, Object>();
                v.put("name", d.name());
                v.put("title", d.info().title());
                v.put("source", d.info().source());
                v.put("licence", d.info().licence());
                v.put("sourceUrl", d.info().sourceUrl());
                v.put("retrieved", d.info().retrieved().map(Object::toString).orElse(null));
                v.put("importedAt", d.importedAt().toString());
                v.put("observations", d.observations());
                v.put("measures", d.measures().stream().map(Measure::name).toList());
                v.put("from", d.firstPeriod().map(Period::code).orElse(null));
                v.put("to", d.lastPeriod().map(Period::code).orElse(null));
                v.put("regions", d.regions());
                v.put("sectors", d.sectors());
                var status = new LinkedHashMap<String, Long>();
                d.statusCounts().forEach((s, n) -> status.put(s.name(), n));
                v.put("status", status);
                views.add(v);
                rows.add(List.of(
                        d.name(),
                        Long.toString(d.observations()),
                        d.firstPeriod().map(Period::code).orElse("") + "-"
                                + d.lastPeriod().map(Period::code).orElse(""),
                        Integer.toString(d.regions()),
                        Integer.toString(d.sectors()),
                        String.join(
                                " ", d.measures().stream().map(Measure::name).toList()),
                        d.info().source()));
            }
            var notes = List.of("Provisional/estimated/confidential counts: ./werkkracht datasets --output json");
            var table = new Table(
                    "Datasets",
                    List.of("name", "observations", "period", "regions", "sectors", "measures", "source"),
                    rows,
                    rows,
                    notes);
            Printer.print(main.out(), output, views, table);
            return 0;
        }
    }
}
