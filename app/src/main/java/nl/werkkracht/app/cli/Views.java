package nl.werkkracht.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.gap.GapView;
import nl.werkkracht.app.gap.StructureView;
import nl.werkkracht.app.productivity.GrowthView;
import nl.werkkracht.app.productivity.ProductivityView;
import nl.werkkracht.app.shiftshare.ShiftShareView;
import nl.werkkracht.app.typology.TypologyView;

/** Turns result views into tables for the {@code table} and {@code csv} outputs. */
final class Views {

    private Views() {}

    static Table productivity(ProductivityView v) {
        var row = List.of(
                v.region(),
                v.sector(),
                Integer.toString(v.year()),
                v.output(),
                v.priceBasis(),
                v.labour(),
                v.value() == null ? "–" : fixed(v.value(), 2),
                v.unit());
        var csv = List.of(
                v.region(),
                v.sector(),
                Integer.toString(v.year()),
                v.output(),
                v.priceBasis(),
                v.labour(),
                v.value() == null ? "" : full(v.value()),
                v.unit());
        return new Table(
                "Arbeidsproductiviteit (" + v.dataset() + ")",
                List.of("region", "sector", "year", "output", "priceBasis", "labour", "value", "unit"),
                List.of(row),
                List.of(csv),
                List.of());
    }

    static Table growth(GrowthView v) {
        var rows = new ArrayList<List<String>>();
        var csv = new ArrayList<List<String>>();
        for (GrowthView.Year y : v.years()) {
            rows.add(
                    List.of(Integer.toString(y.year()), pct(y.growth()), pct(y.outputGrowth()), pct(y.labourGrowth())));
            csv.add(List.of(
                    Integer.toString(y.year()), full(y.growth()), full(y.outputGrowth()), full(y.labourGrowth())));
        }
        return new Table(
                String.format(
                        Locale.ROOT,
                        "Volumegroei arbeidsproductiviteit %s %s, %s per %s, %d-%d (%s; dataset %s)",
                        v.region(),
                        v.sector(),
                        v.output(),
                        v.labour(),
                        v.from(),
                        v.to(),
                        v.method(),
                        v.dataset()),
                List.of("year", "growth", "outputGrowth", "labourGrowth"),
                rows,
                csv,
                List.of("Average annual growth (geometric): " + pct(v.averageAnnualGrowth()) + "; cumulative: "
                        + pct(v.cumulativeGrowth())));
    }

    static Table shiftShare(ShiftShareView v) {
        var rows = new ArrayList<List<String>>();
        var csv = new ArrayList<List<String>>();
        for (ShiftShareView.Sector s : v.sectors()) {
            rows.add(List.of(
                    s.sector(),
                    opt(s.shareFrom(), true),
                    opt(s.shareTo(), true),
                    fixed(s.within(), 2),
                    fixed(s.staticShift(), 2),
                    fixed(s.dynamicShift(), 2)));
            csv.add(List.of(
                    s.sector(),
                    optFull(s.shareFrom()),
                    optFull(s.shareTo()),
                    full(s.within()),
                    full(s.staticShift()),
                    full(s.dynamicShift())));
        }
        rows.add(List.of(
                "total",
                "",
                "",
                fixed(v.effects().get("within"), 2),
                fixed(v.effects().get("staticShift"), 2),
                fixed(v.effects().get("dynamicShift"), 2)));
        var notes = new ArrayList<String>();
        notes.add(String.format(
                Locale.ROOT,
                "Productivity %s → %s %s: change %s (%s)",
                fixed(v.productivity().get("from"), 2),
                fixed(v.productivity().get("to"), 2),
                v.unit(),
                fixed(v.change(), 2),
                v.method().equals("GEAD")
                        ? "GEAD in previous-year prices, chained in prices of " + v.from()
                        : "current prices: nominal, includes price changes"));
        if (!v.missingSectors().isEmpty()) {
            notes.add("Not in the aggregate (no data): " + String.join(", ", v.missingSectors()));
        }
        return new Table(
                String.format(
                        Locale.ROOT,
                        "Shift-share %s %d-%d, per %s, %s (dataset %s)",
                        v.region(),
                        v.from(),
                        v.to(),
                        v.labour(),
                        v.breakdown(),
                        v.dataset()),
                List.of("sector", "shareFrom", "shareTo", "within", "staticShift", "dynamicShift"),
                rows,
                csv,
                notes);
    }

    static Table gap(GapView v) {
        var rows = new ArrayList<List<String>>();
        var csv = new ArrayList<List<String>>();
        for (GapView.Sector s : v.sectors()) {
            rows.add(List.of(
                    s.sector(),
                    pct(s.regionShare()),
                    pct(s.referenceShare()),
                    fixed(s.regionProductivity(), 2),
                    fixed(s.referenceProductivity(), 2),
                    fixed(s.contribution(), 2)));
            csv.add(List.of(
                    s.sector(),
                    full(s.regionShare()),
                    full(s.referenceShare()),
                    full(s.regionProductivity()),
                    full(s.referenceProductivity()),
                    full(s.contribution())));
        }
        var notes = new ArrayList<String>();
        notes.add(String.format(
                Locale.ROOT,
                "Gap %s (%s): productivity effect %s, structure effect %s, interaction %s",
                fixed(v.gap(), 2),
                v.unit(),
                fixed(v.effects().get("productivity"), 2),
                fixed(v.effects().get("structure"), 2),
                fixed(v.effects().get("interaction"), 2)));
        notes.add("Structure-corrected index: "
                + (v.structureCorrectedIndex() == null ? "–" : fixed(v.structureCorrectedIndex(), 1)));
        v.missingSectors().forEach(m -> notes.add("Missing: " + m.sector() + " (" + m.reason() + ")"));
        return new Table(
                String.format(
                        Locale.ROOT,
                        "Verschil %s t.o.v. %s, %d, per %s (dataset %s)",
                        v.region(),
                        v.reference(),
                        v.year(),
                        v.labour(),
                        v.dataset()),
                List.of(
                        "sector",
                        "regionShare",
                        "referenceShare",
                        "regionProductivity",
                        "referenceProductivity",
                        "contribution"),
                rows,
                csv,
                notes);
    }

    static Table structure(StructureView v) {
        var rows = new ArrayList<List<String>>();
        var csv = new ArrayList<List<String>>();
        for (StructureView.Sector s : v.sectors()) {
            rows.add(List.of(
                    s.sector(), pct(s.regionShare()), pct(s.referenceShare()), fixed(s.referenceProductivity(), 2)));
            csv.add(List.of(
                    s.sector(), full(s.regionShare()), full(s.referenceShare()), full(s.referenceProductivity())));
        }
        var notes = new ArrayList<String>();
        notes.add(String.format(
                Locale.ROOT,
                "Actual: %s %s vs %s %s (%s), index %s",
                v.region(),
                fixed(v.actual().get("region"), 0),
                v.reference(),
                fixed(v.actual().get("reference"), 0),
                v.outputMeasures().get("actual"),
                fixed(v.actualIndex(), 1)));
        notes.add(String.format(
                Locale.ROOT,
                "Expected from structure E_r %s, reference Ê_n %s (%s): structure index %s",
                fixed(v.expected(), 0),
                fixed(v.referenceExpected(), 0),
                v.outputMeasures().get("expected"),
                fixed(v.structureIndex(), 1)));
        notes.add("Structure-corrected index: " + fixed(v.correctedIndex(), 1));
        notes.add("Sources: " + v.sources());
        v.missingSectors().forEach(m -> notes.add("Missing: " + m.sector() + " (" + m.reason() + ")"));
        return new Table(
                String.format(
                        Locale.ROOT,
                        "Sectorstructuur %s t.o.v. %s, %d, per %s",
                        v.region(),
                        v.reference(),
                        v.year(),
                        v.labour()),
                List.of("sector", "regionShare", "referenceShare", "referenceProductivity"),
                rows,
                csv,
                notes);
    }

    static Table typology(TypologyView v) {
        var rows = new ArrayList<List<String>>();
        var csv = new ArrayList<List<String>>();
        for (TypologyView.Region r : v.regions()) {
            rows.add(List.of(
                    r.region(),
                    r.name(),
                    fixed(r.relativeFrom(), 1),
                    fixed(r.relativeTo(), 1),
                    signed(r.change()),
                    r.class_(),
                    r.changeVsReference() == null ? "–" : signed(r.changeVsReference())));
            csv.add(List.of(
                    r.region(),
                    r.name(),
                    full(r.relativeFrom()),
                    full(r.relativeTo()),
                    full(r.change()),
                    r.class_(),
                    r.changeVsReference() == null ? "" : full(r.changeVsReference())));
        }
        var notes = new ArrayList<String>(v.notes());
        if (v.frontrunnerChangeVsReference() != null) {
            notes.add(String.format(
                    Locale.ROOT,
                    "Frontrunner group %s against NL: %+.1f points",
                    String.join(",", v.frontrunnerGroup()),
                    v.frontrunnerChangeVsReference()));
        }
        notes.addAll(v.warnings());
        if (!v.missingRegions().isEmpty()) {
            notes.add("No data: " + String.join(", ", v.missingRegions()));
        }
        return new Table(
                String.format(
                        Locale.ROOT,
                        "Inloop-typologie %s %d-%d, %s%s; koplopers %s (dataset %s)",
                        v.level(),
                        v.from(),
                        v.to(),
                        v.output(),
                        v.corrected() ? ", gecorrigeerd voor sectorstructuur" : "",
                        v.frontrunner(),
                        v.dataset()),
                List.of("region", "name", "relativeFrom", "relativeTo", "change", "class", "changeVsReference"),
                rows,
                csv,
                notes);
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.1f", v);
    }

    static String full(double v) {
        return Double.toString(v);
    }

    private static String opt(Double v, boolean percent) {
        return v == null ? "" : percent ? pct(v) : fixed(v, 2);
    }

    private static String optFull(Double v) {
        return v == null ? "" : full(v);
    }
}
