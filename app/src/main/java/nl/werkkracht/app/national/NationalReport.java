package nl.werkkracht.app.national;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the national page shows for one set of choices: the four parts, each a view or a
 * problem. The page, its PDF and its table exports are built from the same report, so they always
 * agree.
 *
 * @param form the choices
 * @param industries productivity level and growth by industry
 * @param shiftShare shift-share of growth over the covered industries
 * @param growthAccounting EU KLEMS contributions, whole economy and the chosen industry
 * @param wages labour income share and real wage against productivity
 */
public record NationalReport(
        NationalForm form,
        Section<IndustriesView> industries,
        Section<NationalShiftShareView> shiftShare,
        Section<GrowthAccountingView> growthAccounting,
        Section<WagesView> wages) {

    /** The year of the level: as chosen, else the last year of the dataset. */
    public int levelYear() {
        if (industries.present()) {
            return industries.value().year();
        }
        return form.year() == null ? form.to() : form.year();
    }

    /** The query string that repeats the choices (with the resolved year). */
    public String query() {
        return form.query(levelYear());
    }

    /** The industries with data: the choice of sector for growth accounting and wages, TOTAL first. */
    public List<SectorName> sectorChoices() {
        var out = new ArrayList<SectorName>();
        if (industries.present()) {
            industries.value().industries().forEach(i -> out.add(new SectorName(i.sector(), i.name())));
        }
        if (out.stream().noneMatch(s -> s.sector().equals(form.sector()))) {
            out.add(new SectorName(form.sector(), form.sector()));
        }
        return out;
    }

    /** Years offered for the level; the period offers the same years. */
    public List<Integer> years() {
        var out = new ArrayList<Integer>();
        if (industries.present()) {
            YearRange r = industries.value().years();
            for (int y = r.first(); y <= r.last(); y++) {
                out.add(y);
            }
        }
        for (int y : new int[] {form.from(), form.to(), levelYear()}) {
            if (!out.contains(y)) {
                out.add(y);
            }
        }
        out.sort(null);
        return out;
    }
}
