package nl.werkkracht.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.app.synth.RegionalPanels;
import nl.werkkracht.app.synth.SynthView;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.synth.Panel;
import nl.werkkracht.core.synth.Predictor;
import nl.werkkracht.core.synth.SynthAnalysis;
import nl.werkkracht.core.synth.SynthSpec;
import nl.werkkracht.statdata.panel.PanelCsv;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code werkkracht synth}: a synthetic-control evaluation (METHODS.md §15) of any panel in a CSV file, or of a
 * regional indicator of a stored dataset. Prints the JSON of {@link SynthView}, the gaps as CSV, or tables.
 */
@Command(
        name = "synth",
        description = "Synthetic control: weights, synthetic path, gaps, RMSPE, placebos and leave-one-out (§15).")
final class SynthCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the panel comes from. */
    static final class Source {
        @ArgGroup(exclusive = false)
        FileSource file;

        @ArgGroup(exclusive = false)
        DatasetSource dataset;
    }

    /** A panel in a long CSV file. */
    static final class FileSource {
        @Option(names = "--panel", required = true, description = "long CSV file: one row per unit and period")
        Path panel;

        @Option(names = "--unit", required = true, description = "column naming the unit")
        String unit;

        @Option(names = "--time", required = true, description = "column with the period (a year)")
        String time;

        @Option(names = "--outcome", required = true, description = "column with the outcome")
        String outcome;
    }

    /** A regional indicator of a stored dataset. */
    static final class DatasetSource {
        @Option(names = "--dataset", required = true, description = "dataset name (see: datasets)")
        String dataset;

        @Option(
                names = "--indicator",
                required = true,
                description = "productivity (output per unit of labour, current prices) or index (NL = 100)")
        String indicator;

        @Option(names = "--level", description = "nuts2, nuts3, province or corop (default: the treated region's)")
        String level;

        @Option(
                names = "--labour",
                defaultValue = "PERSONS",
                converter = Options.Labour.class,
                description = "labour measure (default ${DEFAULT-VALUE})")
        LabourMeasure labour;

        @Option(names = "--from", defaultValue = "2000", description = "first year (default ${DEFAULT-VALUE})")
        int from;

        @Option(names = "--to", defaultValue = "2025", description = "last year (default ${DEFAULT-VALUE})")
        int to;
    }

    @Option(names = "--treated", required = true, description = "the unit with the measure")
    String treated;

    @Option(names = "--treatment-start", required = true, description = "first period with the measure")
    int treatmentStart;

    @Option(names = "--donors", split = ",", description = "donor units (default: every other unit)")
    List<String> donors = new ArrayList<>();

    @Option(
            names = "--predictor",
            description = "predictor COL or COL:FROM-TO, the mean of COL over those periods (default: the"
                    + " pre-period); repeatable")
    List<String> predictors = new ArrayList<>();

    @Option(names = "--fit", description = "FROM-TO: the pre-period years whose outcome error is minimised")
    String fit;

    @Option(names = "--placebos", description = "run the placebo test in space (one estimate per donor)")
    boolean placebos;

    @Option(names = "--output", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    OutputFormat output;

    @Override
    public Integer call() {
        Map<String, Panel> panels;
        String outcomeName;
        if (source.file != null) {
            FileSource f = source.file;
            LinkedHashSet<String> columns = new LinkedHashSet<>();
            columns.add(f.outcome);
            predictors.forEach(p -> columns.add(PredictorOption.parse(p).column()));
            panels = PanelCsv.read(f.panel, f.unit, f.time, columns);
            outcomeName = f.outcome;
        } else {
            if (!predictors.isEmpty()) {
                throw new IllegalArgumentException(
                        "--predictor needs --panel: the dataset indicators have no predictors");
            }
            DatasetSource d = source.dataset;
            try (Platform p = main.platform()) {
                RegionLevel level = level(p, d.level);
                RegionalPanels.Indicator indicator = RegionalPanels.Indicator.parse(d.indicator);
                Panel panel = new RegionalPanels(p.productivity(), p.codeLists())
                        .panel(d.dataset, indicator, level, d.labour, d.from, d.to);
                panels = Map.of(panel.variable(), panel);
                outcomeName = panel.variable();
            }
        }
        Panel outcome = panels.get(source.file != null ? source.file.outcome : outcomeName);
        SynthSpec spec = spec(outcome, panels);
        SynthView view = SynthView.of(outcomeName, SynthAnalysis.run(outcome, spec, placebos));
        Printer.print(main.out(), output, view, SynthTables.table(view));
        return 0;
    }

    private SynthSpec spec(Panel outcome, Map<String, Panel> panels) {
        List<String> pool = donors.isEmpty()
                ? outcome.units().stream()
                        .filter(u -> !u.equals(treated) && !u.equals("NL"))
                        .toList()
                : donors;
        List<Predictor> ps = new ArrayList<>();
        for (String option : predictors) {
            PredictorOption p = PredictorOption.parse(option);
            int from = p.from() != null ? p.from() : outcome.times().get(0);
            int to = p.to() != null ? p.to() : treatmentStart - 1;
            ps.add(Predictor.mean(panels.get(p.column()), from, to));
        }
        List<Integer> fitYears = new ArrayList<>();
        if (fit != null) {
            PredictorOption window = PredictorOption.parse("fit:" + fit);
            for (int y = window.from(); y <= window.to(); y++) {
                if (outcome.value(treated, y).isPresent()) {
                    fitYears.add(y);
                }
            }
        }
        return new SynthSpec(treated, pool, treatmentStart, fitYears, ps);
    }

    private RegionLevel level(Platform p, String level) {
        if (level != null) {
            return RegionLevel.parse(level)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown level '" + level + "': use nuts2, nuts3, province or corop"));
        }
        return p.codeLists()
                .region(treated.toUpperCase(Locale.ROOT))
                .map(Region::level)
                .orElseThrow(() -> new IllegalArgumentException("unknown region " + treated + ": give --level"));
    }

    /** {@code COL} or {@code COL:FROM-TO} (or {@code COL:YEAR}). */
    record PredictorOption(String column, Integer from, Integer to) {
        static PredictorOption parse(String text) {
            int colon = text.lastIndexOf(':');
            if (colon < 0) {
                return new PredictorOption(text, null, null);
            }
            String column = text.substring(0, colon);
            String window = text.substring(colon + 1);
            try {
                String[] parts = window.split("-", -1);
                int from = Integer.parseInt(parts[0].trim());
                int to = parts.length == 1 ? from : Integer.parseInt(parts[1].trim());
                if (parts.length > 2 || to < from) {
                    throw new NumberFormatException();
                }
                return new PredictorOption(column, from, to);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not COL:FROM-TO with whole years FROM <= TO (e.g. invest:1964-1969)");
            }
        }
    }
}
