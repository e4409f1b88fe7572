package nl.werkkracht.core.observation;

import java.util.Locale;
import java.util.Optional;

/**
 * What an observation counts. Output measures are money and carry a price basis; labour measures
 * carry none. The Dutch labels follow CBS terminology (see the glossary in METHODS.md).
 */
public enum Measure {
    /** Gross value added at basic prices (bruto toegevoegde waarde). */
    GVA(Dimension.MONEY, "bruto toegevoegde waarde", "gross value added"),
    /** Gross domestic product at market prices (bbp); national or regional totals only. */
    GDP(Dimension.MONEY, "bruto binnenlands product", "gross domestic product"),
    /** Compensation of employees (beloning van werknemers). */
    COMP(Dimension.MONEY, "beloning van werknemers", "compensation of employees"),
    /** Labour compensation including the imputed income of the self-employed (EU KLEMS LAB). */
    LAB_COMP(Dimension.MONEY, "arbeidsbeloning incl. zelfstandigen", "labour compensation incl. self-employed"),
    /** Capital compensation (EU KLEMS CAP). */
    CAP_COMP(Dimension.MONEY, "kapitaalbeloning", "capital compensation"),
    /** Hours worked by all persons employed (gewerkte uren). */
    HOURS(Dimension.HOURS, "gewerkte uren", "hours worked"),
    /** Hours worked by employees. */
    EMPLOYEE_HOURS(Dimension.HOURS, "gewerkte uren werknemers", "hours worked by employees"),
    /** Full-time equivalents (arbeidsjaren). */
    FTE(Dimension.FTE, "arbeidsjaren", "full-time equivalents"),
    /** Jobs (banen). */
    JOBS(Dimension.JOBS, "banen", "jobs"),
    /** Persons employed (werkzame personen). */
    PERSONS(Dimension.PERSONS, "werkzame personen", "persons employed"),
    /** Employees (werknemers). */
    EMPLOYEES(Dimension.PERSONS, "werknemers", "employees"),
    /** Volume index of GVA (base year = 100), for sources that publish volumes as an index. */
    GVA_VOLUME_INDEX(Dimension.INDEX, "volume-index toegevoegde waarde", "GVA volume index"),
    /** Volume index of capital services (EU KLEMS CAP_QI). */
    CAPITAL_SERVICES_INDEX(Dimension.INDEX, "volume-index kapitaaldiensten", "capital services volume index"),
    /** Volume index of labour services (EU KLEMS LAB_QI). */
    LABOUR_SERVICES_INDEX(Dimension.INDEX, "volume-index arbeidsdiensten", "labour services volume index"),
    /** Growth of labour productivity per hour (EU KLEMS LP1_G), percent (log points × 100). */
    LP_HOUR_GROWTH(Dimension.PERCENT, "groei arbeidsproductiviteit per uur", "labour productivity per hour growth"),
    /** Contribution of ICT tangible capital deepening to LP_HOUR_GROWTH (LP1ConTangICT). */
    LP_CONTRIB_ICT(Dimension.PERCENT, "bijdrage ICT-kapitaal", "contribution of ICT capital"),
    /** Contribution of non-ICT tangible capital deepening (LP1ConTangNICT). */
    LP_CONTRIB_NONICT(Dimension.PERCENT, "bijdrage niet-ICT-kapitaal", "contribution of non-ICT capital"),
    /** Contribution of intangible capital deepening (LP1ConIntang). */
    LP_CONTRIB_INTANGIBLE(Dimension.PERCENT, "bijdrage immaterieel kapitaal", "contribution of intangible capital"),
    /** Contribution of labour composition (LP1ConLC). */
    LP_CONTRIB_LABOUR_COMPOSITION(
            Dimension.PERCENT, "bijdrage samenstelling arbeid", "contribution of labour composition"),
    /** Contribution of total factor productivity (LP1ConTFP). */
    LP_CONTRIB_TFP(Dimension.PERCENT, "bijdrage totale factorproductiviteit", "contribution of TFP"),
    /** Consumer price index, annual average (Eurostat HICP INX_A_AVG, all items), base year = 100. */
    CPI(Dimension.INDEX, "consumentenprijsindex (HICP)", "consumer price index (HICP)"),
    /** Annual average rate of change of the consumer price index, percent (Eurostat HICP RCH_A_AVG). */
    CPI_GROWTH(Dimension.PERCENT, "inflatie (HICP, jaargemiddelde)", "inflation (HICP, annual average)");

    private final Dimension dimension;
    private final String labelNl;
    private final String labelEn;

    Measure(Dimension dimension, String labelNl, String labelEn) {
        this.dimension = dimension;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    /** The dimension every unit of this measure must have. */
    public Dimension dimension() {
        return dimension;
    }

    /** True for measures of labour input (hours, FTE, jobs, persons). */
    public boolean isLabour() {
        return dimension == Dimension.HOURS
                || dimension == Dimension.PERSONS
                || dimension == Dimension.JOBS
                || dimension == Dimension.FTE;
    }

    /** True for money measures, which must carry a price basis. */
    public boolean isMonetary() {
        return dimension == Dimension.MONEY;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }

    public static Optional<Measure> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
