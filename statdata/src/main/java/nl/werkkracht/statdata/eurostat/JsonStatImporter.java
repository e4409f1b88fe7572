package nl.werkkracht.statdata.eurostat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.NutsVersions;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.eurostat.EurostatMapping.Dataset;
import nl.werkkracht.statdata.eurostat.EurostatMapping.Mapped;
import nl.werkkracht.statdata.eurostat.EurostatMapping.Outcome;
import nl.werkkracht.statdata.eurostat.EurostatMapping.Skipped;
import nl.werkkracht.statdata.importer.CheckedDelivery;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.ErrorSite;
import nl.werkkracht.statdata.importer.FileImporter;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.MappedMeasure;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SkipTally;

/**
 * Imports a Eurostat JSON-stat dataset ({@link JsonStatReader}): JSON-stat 2.0 from Eurostat's dissemination
 * API ({@code https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/CODE?format=JSON}) and the
 * legacy 1.x bundles of the former web service. The dataset is named by the response ({@code extension.id},
 * the bundle key) and mapped through {@link EurostatMapping}; its dimensions, apart from {@code time}, must
 * be exactly the dataset's.
 *
 * <p>Cells, as in the other Eurostat importers: regions outside the Netherlands are skipped and counted; a
 * cell whose key the mapping skips is counted with the reason; a cell without a value (null, or left out of
 * a sparse value object) is not available and counted, never stored as 0; a confidential cell becomes an
 * observation with status CONFIDENTIAL and no value. So observations + skipped = the number of cells.
 *
 * <p>Statuses. Eurostat writes the observation flags, then after a {@code |} the confidentiality status:
 * {@code p}, {@code e}, {@code bep}, {@code |C}, {@code p|C}; the legacy service wrote {@code :} for not
 * available. Flags as in the bulk TSV ({@link TsvCell}): {@code c} or a confidentiality status other than
 * {@code F} (free) make the cell confidential, {@code e} estimated, {@code p} provisional; {@code b d f n r
 * s u z} are accepted without changing the status. Any other letter is an error.
 *
 * <p>Regions. The current API gives NUTS 2024 codes; they are stored under the code of the same area in the
 * code lists (NUTS 2016) as in {@link EurostatCsvImporter}, and a region whose boundary changed is skipped
 * with the reason. A legacy 1.x file's codes are taken as they are.
 */
public final class JsonStatImporter implements FileImporter {

    static final String OUTSIDE_NL = "regions outside the Netherlands";
    static final String NOT_AVAILABLE = "not available (no value)";
    static final String BOUNDARY = "NUTS 2024 regions whose boundary differs from every NUTS 2016 region";

    /** Confidentiality statuses (SDMX CL_CONF_STATUS) that withhold a value; F is free. */
    private static final String CONFIDENTIAL_STATUSES = "ACDGMNOST";

    private final CodeLists codeLists;
    private final NutsVersions nuts;

    public JsonStatImporter(CodeLists codeLists) {
        this(codeLists, CodeListLoader.nutsVersions());
    }

    public JsonStatImporter(CodeLists codeLists, NutsVersions nuts) {
        this.codeLists = codeLists;
        this.nuts = nuts;
    }

    @Override
    public ImportSummary importFile(Path file, ObservationSink sink, ImportProgress progress) {
        JsonStatReader reader = JsonStatReader.open(file, progress);
        JsonStatReader.Structure structure = reader.structure();
        ErrorSite site = reader.site();
        var checks = new RecordChecks(site, codeLists);
        Dataset dataset = dataset(structure, reader);
        var cells = new Cells(structure, dataset, reader, checks, new CheckedDelivery(site, sink), new SkipTally());
        reader.cells(cells::cell);
        return new ImportSummary(cells.delivery.delivered(), cells.tally.total(), cells.tally.notes());
    }

    private static Dataset dataset(JsonStatReader.Structure s, JsonStatReader reader) {
        String prefix = s.legacy() ? "/" + JsonStatReader.pointerEscape(s.dataset()) : "";
        List<String> ids = s.ids();
        if (!ids.contains("time")) {
            reader.at(prefix + (s.legacy() ? "/dimension/id" : "/id"));
            throw reader.site()
                    .error("", "the dataset has no time dimension (dimensions " + String.join(",", ids) + ")");
        }
        List<String> keys = new ArrayList<>(ids);
        keys.remove("time");
        Optional<Dataset> named = s.dataset().isEmpty() ? Optional.empty() : EurostatMapping.forName(s.dataset());
        Dataset d = named.or(() -> EurostatMapping.forDimensions(keys)).orElseThrow(() -> {
            reader.at(s.legacy() ? prefix : "/extension/id");
            return reader.site()
                    .error(
                            "",
                            "unknown Eurostat dataset "
                                    + (s.dataset().isEmpty()
                                            ? "with dimensions " + String.join(",", keys)
                                            : s.dataset())
                                    + "; this importer reads " + EurostatMapping.known(true));
        });
        for (String k : keys) {
            if (!d.dimensions().contains(k)) {
                reader.at(prefix + "/dimension/" + JsonStatReader.pointerEscape(k));
                throw reader.site()
                        .error(
                                k,
                                "unknown dimension " + Echo.quote(k) + " for " + d.name() + ", whose dimensions are "
                                        + String.join(",", d.dimensions()) + ",time");
            }
        }
        for (String k : d.dimensions()) {
            if (!keys.contains(k)) {
                reader.at(prefix + (s.legacy() ? "/dimension/id" : "/id"));
                throw reader.site()
                        .error(
                                k,
                                "dimension " + Echo.quote(k) + " of " + d.name() + " is missing (the file has "
                                        + String.join(",", ids) + ")");
            }
        }
        return d;
    }

    /** The state of one import: what each cell needs. */
    private final class Cells {
        private final JsonStatReader.Structure structure;
        private final Dataset dataset;
        private final JsonStatReader reader;
        private final RecordChecks checks;
        private final CheckedDelivery delivery;
        private final SkipTally tally;
        private final List<JsonStatReader.Dimension> dimensions;
        private final long[] strides;
        private final int time;
        private final int geo;
        private final Period[] periods;
        private final Map<String, Optional<String>> regions = new HashMap<>();
        private final Map<String, CellStatus> statuses = new HashMap<>();

        Cells(
                JsonStatReader.Structure structure,
                Dataset dataset,
                JsonStatReader reader,
                RecordChecks checks,
                CheckedDelivery delivery,
                SkipTally tally) {
            this.structure = structure;
            this.dataset = dataset;
            this.reader = reader;
            this.checks = checks;
            this.delivery = delivery;
            this.tally = tally;
            this.dimensions = structure.dimensions();
            this.strides = new long[dimensions.size()];
            long stride = 1;
            for (int i = dimensions.size() - 1; i >= 0; i--) {
                strides[i] = stride;
                stride *= Math.max(1, dimensions.get(i).codes().size());
            }
            this.time = structure.ids().indexOf("time");
            this.geo = structure.ids().indexOf("geo");
            String prefix = structure.legacy() ? "/" + JsonStatReader.pointerEscape(structure.dataset()) : "";
            List<String> times = dimensions.get(time).codes();
            this.periods = new Period[times.size()];
            for (int i = 0; i < times.size(); i++) {
                reader.at(prefix + "/dimension/time/category/index/" + JsonStatReader.pointerEscape(times.get(i)));
                periods[i] = checks.period("time", times.get(i));
            }
            for (String g : dimensions.get(geo).codes()) {
                reader.at(prefix + "/dimension/geo/category/index/" + JsonStatReader.pointerEscape(g));
                checks.sourceCode("geo", g);
            }
        }

        void cell(long index, OptionalDouble value, String rawStatus) {
            var codes = new HashMap<String, String>();
            int t = 0;
            for (int i = 0; i < dimensions.size(); i++) {
                int position =
                        (int) ((index / strides[i]) % dimensions.get(i).codes().size());
                if (i == time) {
                    t = position;
                } else {
                    codes.put(dimensions.get(i).id(), dimensions.get(i).codes().get(position));
                }
            }
            CellStatus status = statuses.computeIfAbsent(rawStatus, this::status);
            String g = codes.get("geo");
            if (!g.startsWith("NL")) {
                tally.add(OUTSIDE_NL, g, 1);
                return;
            }
            Optional<String> region = regions.computeIfAbsent(g, this::region);
            if (region.isEmpty()) {
                tally.add(BOUNDARY, g, 1);
                return;
            }
            Outcome outcome = dataset.resolve(codes, reader.site());
            if (outcome instanceof Skipped skipped) {
                tally.add(skipped.reason(), dataset.keyOf(codes), 1);
                return;
            }
            MappedMeasure target = ((Mapped) outcome).target();
            if (status.notAvailable() && value.isPresent()) {
                throw reader.site()
                        .error(
                                "status",
                                "status " + Echo.quote(rawStatus) + " says not available, but the cell has a value");
            }
            if (value.isEmpty() && !status.confidential()) {
                tally.add(NOT_AVAILABLE, target.measure().name(), 1);
                return;
            }
            Period period = periods[t];
            String freq = codes.get("freq");
            if (freq != null) {
                checks.frequencyFits("freq", freq, period);
            }
            String sector = dataset.hasSector() ? checks.sector("nace_r2", "eurostat", codes.get("nace_r2")) : "TOTAL";
            OptionalDouble v = status.confidential() ? OptionalDouble.empty() : value;
            if (v.isPresent()) {
                checks.notNegativeLabour("value", target.measure(), v.getAsDouble());
            }
            String r = region.get();
            delivery.deliver(checks.observation(() -> new Observation(
                    target.measure(), r, sector, period, v, target.unit(), target.priceBasis(), status.status())));
        }

        /** The code-list region of a Dutch geo code, empty when its boundary changed. */
        private Optional<String> region(String code) {
            if (structure.legacy() || code.equals("NL")) {
                return Optional.of(checks.region("geo", code));
            }
            Optional<String> same = nuts.sameArea(NutsVersions.Version.NUTS2024, code, NutsVersions.Version.NUTS2016);
            if (same.isEmpty()) {
                if (nuts.entry(NutsVersions.Version.NUTS2024, code).isEmpty()) {
                    throw reader.site()
                            .error("geo", "unknown region code " + Echo.quote(code) + " in dimension geo (NUTS 2024)");
                }
                return Optional.empty();
            }
            return Optional.of(checks.region("geo", same.get()));
        }

        private CellStatus status(String raw) {
            int bar = raw.indexOf('|');
            String flags = (bar < 0 ? raw : raw.substring(0, bar)).strip();
            String conf = bar < 0 ? "" : raw.substring(bar + 1).strip();
            boolean notAvailable = false;
            for (char c : flags.toCharArray()) {
                if (c == ':') {
                    notAvailable = true;
                } else if (TsvCell.KNOWN_FLAGS.indexOf(Character.toLowerCase(c)) < 0) {
                    throw badStatus(
                            raw,
                            "unknown flag " + Echo.quote(String.valueOf(c)) + "; Eurostat's flags are "
                                    + TsvCell.KNOWN_FLAGS);
                }
            }
            if (conf.length() > 1
                    || (conf.length() == 1 && !conf.equals("F") && CONFIDENTIAL_STATUSES.indexOf(conf.charAt(0)) < 0)) {
                throw badStatus(
                        raw,
                        "unknown confidentiality status " + Echo.quote(conf) + " after '|' (F free; "
                                + String.join(", ", CONFIDENTIAL_STATUSES.split("")) + " confidential)");
            }
            String f = flags.toLowerCase(Locale.ROOT);
            boolean confidential = f.indexOf('c') >= 0 || (!conf.isEmpty() && !conf.equals("F"));
            Status s = confidential
                    ? Status.CONFIDENTIAL
                    : f.indexOf('e') >= 0
                            ? Status.ESTIMATED
                            : f.indexOf('p') >= 0 ? Status.PROVISIONAL : Status.DEFINITIVE;
            return new CellStatus(s, confidential, notAvailable);
        }

        private nl.werkkracht.statdata.importer.ImportException badStatus(String raw, String why) {
            return reader.site()
                    .error("status", "bad status " + Echo.quote(raw) + ": " + why)
                    .code("unknown-flag", Echo.shorten(raw, 8), "status");
        }
    }

    /** A parsed status string. */
    private record CellStatus(Status status, boolean confidential, boolean notAvailable) {}
}
