package nl.werkkracht.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.typology.Thresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The analysis commands of the CLI contract (README "Command-line interface"). */
final class StatisticsCommands {

    private StatisticsCommands() {}

    /** A window of years, {@code --from Y0 --to Y1}. */
    static final class Window {
        @Option(names = "--from", required = true, description = "first year (the base)")
        int from;

        @Option(names = "--to", required = true, description = "last year")
        int to;
    }

    /** A region against a reference in one year, {@code --region R --reference N --year Y}. */
    static final class Comparison {
        @Option(names = "--region", required = true)
        String region;

        @Option(names = "--reference", defaultValue = "NL", description = "reference region (default ${DEFAULT-VALUE})")
        String reference;

        @Option(names = "--year", required = true)
        int year;
    }

    /** Options every analysis command has. */
    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Option(names = "--dataset", required = true, description = "dataset name (see: datasets)")
        String dataset;

        @Option(
                names = "--labour",
                required = true,
                converter = Options.Labour.class,
                description = "labour measure: HOURS, FTE, JOBS or PERSONS")
        LabourMeasure labour;

        @Option(
                names = "--output",
                defaultValue = "table",
                description = "table, csv or json (default ${DEFAULT-VALUE})")
        OutputFormat output;
    }

    @Command(name = "productivity", description = "Productivity level: output per unit of labour (METHODS.md §1).")
    static final class Productivity extends Base {
        @Option(names = "--region", required = true)
        String region;

        @Option(names = "--sector", defaultValue = "TOTAL")
        String sector;

        @Option(names = "--year", required = true)
        int year;

        @Option(
                names = "--price-basis",
                defaultValue = "CP",
                converter = Options.Basis.class,
                description = "CP (default), PYP or CLVyyyy")
        PriceBasis priceBasis;

        @Override
        public Integer call() {
            try (Platform p = main.platform()) {
                var v = p.productivity().level(dataset, region, sector, year, labour, priceBasis);
                Printer.print(main.out(), output, v, Views.productivity(v));
                return 0;
            }
        }
    }

    @Command(name = "growth", description = "Volume growth of productivity and its geometric average (§2).")
    static final class Growth extends Base {
        @Option(names = "--region", required = true)
        String region;

        @Option(names = "--sector", defaultValue = "TOTAL")
        String sector;

        @picocli.CommandLine.Mixin
        Window window;

        @Override
        public Integer call() {
            try (Platform p = main.platform()) {
                var v = p.productivity().growth(dataset, region, sector, window.from, window.to, labour);
                Printer.print(main.out(), output, v, Views.growth(v));
                return 0;
            }
        }
    }

    @Command(name = "shift-share", description = "Within-sector and reallocation effects on productivity change (§3).")
    static final class ShiftShare extends Base {
        @Option(names = "--region", required = true)
        String region;

        @picocli.CommandLine.Mixin
        Window window;

        @Option(
                names = "--price-basis",
                converter = Options.Basis.class,
                description = "CP (nominal) or PYP (GEAD, volume); default PYP when the dataset has it")
        PriceBasis priceBasis;

        @Override
        public Integer call() {
            try (Platform p = main.platform()) {
                var v = p.shiftShare()
                        .decompose(dataset, region, window.from, window.to, labour, Optional.ofNullable(priceBasis));
                Printer.print(main.out(), output, v, Views.shiftShare(v));
                return 0;
            }
        }
    }

    @Command(
            name = "gap",
            description = "Gap with a reference region decomposed by sector (§4); needs GVA by region × sector.")
    static final class Gap extends Base {
        @picocli.CommandLine.Mixin
        Comparison comparison;

        @Override
        public Integer call() {
            try (Platform p = main.platform()) {
                var v = p.gap().gap(dataset, comparison.region, comparison.reference, comparison.year, labour);
                Printer.print(main.out(), output, v, Views.gap(v));
                return 0;
            }
        }
    }

    @Command(
            name = "structure",
            description = "Expected productivity from sector structure and the structure-corrected index (§4).")
    static final class Structure extends Base {
        @Option(
                names = "--productivity-dataset",
                description = "dataset with the reference's GVA by sector (e.g. euklems)")
        String productivityDataset;

        @picocli.CommandLine.Mixin
        Comparison comparison;

        @Override
        public Integer call() {
            try (Platform p = main.platform()) {
                var v = p.structure()
                        .structure(
                                dataset,
                                Optional.ofNullable(productivityDataset),
                                comparison.region,
                                comparison.reference,
                                comparison.year,
                                labour);
                Printer.print(main.out(), output, v, Views.structure(v));
                return 0;
            }
        }
    }

    @Command(name = "typology", description = "Catch-up typology relative to the frontrunner region (§5).")
    static final class Typology extends Base {
        @Option(names = "--level", required = true, description = "nuts2, nuts3, province or corop")
        String level;

        @picocli.CommandLine.Mixin
        Window window;

        @Option(
                names = "--frontrunner",
                split = ",",
                description = "frontrunner region(s), e.g. NL329,NL323 (default: the top 10 %, at least two, by"
                        + " mean level over the first three years)")
        List<String> frontrunner;

        @Option(names = "--corrected", description = "classify structure-corrected productivity")
        boolean corrected;

        @Option(names = "--productivity-dataset", description = "with --corrected: dataset with national GVA by sector")
        String productivityDataset;

        @Option(
                names = "--moderate",
                defaultValue = "2.5",
                description = "keeping-pace band, pp (default ${DEFAULT-VALUE})")
        double moderate;

        @Option(
                names = "--strong",
                defaultValue = "10",
                description = "strong class boundary, pp (default ${DEFAULT-VALUE})")
        double strong;

        @Override
        public Integer call() {
            RegionLevel l = RegionLevel.parse(level)
                    .filter(x -> x == RegionLevel.NUTS1
                            || x == RegionLevel.NUTS2
                            || x == RegionLevel.NUTS3
                            || x == RegionLevel.PROVINCE
                            || x == RegionLevel.COROP)
                    .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                            main.spec.commandLine(),
                            "--level must be nuts1, nuts2, nuts3, province or corop, got '" + level + "'"));
            try (Platform p = main.platform()) {
                var v = p.typology()
                        .typology(
                                dataset,
                                l,
                                window.from,
                                window.to,
                                labour,
                                frontrunner == null ? List.of() : frontrunner,
                                corrected,
                                Optional.ofNullable(productivityDataset),
                                new Thresholds(moderate, strong));
                Printer.print(main.out(), output, v, Views.typology(v));
                return 0;
            }
        }
    }
}
