package nl.werkkracht.app.organisation;

import java.util.List;

/**
 * One year's figures with what the scan computes from them (METHODS.md §8), as the API and pages show them.
 * Amounts in euro of that year (current prices); productivity in euro per hour worked ({@code EUR/HW}) and
 * per FTE ({@code EUR/FTE}).
 *
 * @param hoursDerived whether the hours were derived from FTE, contract hours and absence rather than registered
 * @param valueAddedPerFte null when the FTE are not known
 * @param sector the sector's official figure; null when none is published (see {@code sectorNote})
 * @param sectorNote why there is no sector figure, or what to know about it; null when nothing to say
 * @param warnings plausibility warnings (they do not block saving)
 * @param input the figures as entered
 */
public record FinancialsView(
        int year,
        double valueAdded,
        double hours,
        boolean hoursDerived,
        double valueAddedPerHour,
        Double fte,
        Double valueAddedPerFte,
        Double absenceRate,
        Double turnoverRate,
        String unit,
        String priceBasis,
        SectorFigure sector,
        String sectorNote,
        List<String> warnings,
        FinancialsInput input) {}
