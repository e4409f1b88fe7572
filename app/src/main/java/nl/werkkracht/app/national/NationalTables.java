package nl.werkkracht.app.national;

import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.export.ExportTable;

/**
 * The tables of the national page as {@link ExportTable}s, in the request's language: numbers
 * unrounded (percentages × 100, money in millions of euro as the columns say), missing values null.
 * Each table carries its unit, labour measure, price basis and source in its notes.
 */
final class NationalTables {

    /** The table ids, as used in {@code /monitor/national/export/{id}.csv}. */
    static final List<String> IDS =
            List.of("industry-levels", "industry-growth", "shift-share", "growth-accounting", "labour-share", "wages");

    private final NationalText text;

    NationalTables(NationalText text) {
        this.text = text;
    }

    ExportTable levels(IndustriesView v) {
        String per = text.per(v.labour());
        boolean hours = v.labour().equals("HOURS");
        double scale = hours ? 1e6 : 1e3;
        String labourColumn = hours ? "national.levels.col.labour" : "national.levels.col.labourPersons";
        var rows = new ArrayList<List<Object>>();
        for (IndustriesView.Industry i : v.industries()) {
            rows.add(row(
                    i.sector(),
                    i.name(),
                    div(i.grossValueAdded(), 1e6),
                    div(i.labourInput(), scale),
                    i.productivity()));
        }
        return new ExportTable(
                "industry-levels",
                text.get("national.levels.table", per, v.year()),
                List.of(
                        text.get("national.col.code"),
                        text.get("national.levels.col.sector"),
                        text.get("national.levels.col.gva"),
                        text.get(labourColumn, text.labour(v.labour())),
                        text.get("national.levels.col.productivity", per)),
                rows,
                List.of(
                        text.meta("national.meta.unit", text.get("national.levels.unit", per)),
                        text.meta("national.meta.labour", text.labour(v.labour())),
                        text.meta("national.meta.prices", text.get("national.priceBasis.CP")),
                        coverage(v),
                        text.source(v.source())));
    }

    ExportTable growth(IndustriesView v) {
        var rows = new ArrayList<List<Object>>();
        for (IndustriesView.Industry i : v.industries()) {
            rows.add(row(
                    i.sector(),
                    i.name(),
                    pct(i.averageGrowth()),
                    pct(i.averageOutputGrowth()),
                    pct(i.averageLabourGrowth()),
                    pct(i.cumulativeGrowth()),
                    i.missingYears().isEmpty() ? null : join(i.missingYears())));
        }
        return new ExportTable(
                "industry-growth",
                text.get("national.growth.table", v.from(), v.to()),
                List.of(
                        text.get("national.col.code"),
                        text.get("national.levels.col.sector"),
                        text.get("national.growth.col.productivity"),
                        text.get("national.growth.col.output"),
                        text.get("national.growth.col.labour"),
                        text.get("national.growth.col.cumulative"),
                        text.get("national.growth.col.missingYears")),
                rows,
                List.of(
                        text.meta("national.meta.unit", text.get("national.growth.unit")),
                        text.meta("national.meta.labour", text.labour(v.labour())),
                        text.meta("national.meta.prices", text.get("national.priceBasis.PYP")),
                        coverage(v),
                        text.source(v.source())));
    }

    ExportTable shiftShare(NationalShiftShareView v) {
        boolean gead = v.method().equals("GEAD");
        var rows = new ArrayList<List<Object>>();
        for (NationalShiftShareView.Sector s : v.sectors()) {
            rows.add(shiftShareRow(
                    gead,
                    s.sector(),
                    s.name(),
                    s.shareFrom(),
                    s.shareTo(),
                    s.within(),
                    s.staticShift(),
                    s.dynamicShift(),
                    s.total()));
        }
        rows.add(shiftShareRow(
                gead,
                "",
                text.get("national.shiftShare.total"),
                null,
                null,
                v.within(),
                v.staticShift(),
                v.dynamicShift(),
                v.change()));
        String prices = gead
                ? text.get("national.shiftShare.prices.GEAD", v.from())
                : text.get("national.shiftShare.prices.classic");
        String method = gead
                ? text.get("national.shiftShare.method.GEAD", v.from())
                : text.get("national.shiftShare.method.classic");
        List<SectorName> covered = v.sectors().stream()
                .map(s -> new SectorName(s.sector(), s.name()))
                .toList();
        return new ExportTable(
                "shift-share",
                text.get("national.shiftShare.table", v.from(), v.to()),
                shiftShareColumns(gead, v),
                rows,
                List.of(
                        text.meta("national.meta.unit", text.get("national.shiftShare.unit", text.per(v.labour()))),
                        text.meta("national.meta.labour", text.labour(v.labour())),
                        text.meta("national.meta.prices", prices),
                        method,
                        text.get("national.shiftShare.coverage", names(covered), names(v.missingSectors())),
                        text.source(v.source())));
    }

    /** Labour shares are only defined for the classic method (GEAD effects are chained over years). */
    private List<String> shiftShareColumns(boolean gead, NationalShiftShareView v) {
        var columns = new ArrayList<>(List.of(text.get("national.col.code"), text.get("national.levels.col.sector")));
        if (!gead) {
            columns.add(text.get("national.shiftShare.col.shareFrom", v.from()));
            columns.add(text.get("national.shiftShare.col.shareTo", v.to()));
        }
        columns.addAll(List.of(
                text.get("national.shiftShare.col.within"),
                text.get("national.shiftShare.col.staticShift"),
                text.get("national.shiftShare.col.dynamicShift"),
                text.get("national.shiftShare.col.total")));
        return columns;
    }

    private static List<Object> shiftShareRow(
            boolean gead,
            String sector,
            String name,
            Double shareFrom,
            Double shareTo,
            double within,
            double staticShift,
            double dynamicShift,
            double total) {
        var r = row(sector, name);
        if (!gead) {
            r.add(pct(shareFrom));
            r.add(pct(shareTo));
        }
        r.addAll(List.of(within, staticShift, dynamicShift, total));
        return r;
    }

    ExportTable growthAccounting(GrowthAccountingView v) {
        var rows = new ArrayList<List<Object>>();
        for (GrowthAccountingView.SectorAccounts a : v.sectors()) {
            for (GrowthAccountingView.Year y : a.years()) {
                rows.add(contributions(a, y.year(), y));
            }
            if (a.average() != null) {
                rows.add(contributions(a, text.get("national.growthAccounting.col.averageRow"), a.average()));
            }
        }
        var notes = new ArrayList<>(List.of(
                text.meta("national.meta.unit", text.get("national.growthAccounting.unit")),
                text.meta("national.meta.labour", text.labour("HOURS")),
                text.get("national.growthAccounting.residualDefinition")));
        if (v.clipped()) {
            notes.add(text.get(
                    "national.growthAccounting.clipped",
                    v.covered().first() + 1,
                    v.covered().last(),
                    v.from(),
                    v.to()));
        }
        notes.add(text.source(v.source()));
        return new ExportTable(
                "growth-accounting",
                text.get("national.growthAccounting.table", names(v), v.from() + 1, v.to()),
                List.of(
                        text.get("national.col.code"),
                        text.get("national.levels.col.sector"),
                        text.get("national.growthAccounting.col.year"),
                        text.get("national.growthAccounting.col.growth"),
                        text.get("national.growthAccounting.col.ict"),
                        text.get("national.growthAccounting.col.nonIct"),
                        text.get("national.growthAccounting.col.intangible"),
                        text.get("national.growthAccounting.col.labourComposition"),
                        text.get("national.growthAccounting.col.tfp"),
                        text.get("national.growthAccounting.col.sum"),
                        text.get("national.growthAccounting.col.residual")),
                rows,
                notes);
    }

    private static List<Object> contributions(
            GrowthAccountingView.SectorAccounts a, Object year, GrowthAccountingView.Year y) {
        return row(
                a.sector(),
                a.name(),
                year,
                y.productivityGrowth(),
                y.ictCapital(),
                y.nonIctCapital(),
                y.intangibleCapital(),
                y.labourComposition(),
                y.tfp(),
                y.sumOfContributions(),
                y.residual());
    }

    private String coverage(IndustriesView v) {
        return text.get(
                "national.industries.coverage",
                names(v.industries().stream()
                        .filter(i -> !i.total())
                        .map(i -> new SectorName(i.sector(), i.name()))
                        .toList()),
                names(v.missingSectors()));
    }

    private static String names(GrowthAccountingView v) {
        return String.join(", ", v.sectors().stream().map(a -> a.name()).toList());
    }

    static String names(List<SectorName> sectors) {
        return String.join(
                ", ", sectors.stream().map(s -> s.sector() + " " + s.name()).toList());
    }

    static String join(List<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }

    static Double div(Double value, double by) {
        return value == null ? null : value / by;
    }

    static Double pct(Double fraction) {
        return fraction == null ? null : fraction * 100;
    }
}
