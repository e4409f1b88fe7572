package nl.werkkracht.core.organisation;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An organisation's productivity against its sector's official figure (METHODS.md §8): the same labour
 * measure, and the sector figure brought to the price level of the organisation's year with the sector's
 * GVA deflator when the statistic is of an earlier year.
 *
 * <pre>
 * price factor  = Π_{k = s+1..t} CP_k / PYP_k      (the implicit GVA deflator from year s to year t)
 * sector value  = sector figure of year s × price factor
 * ratio         = organisation value / sector value
 * </pre>
 *
 * @param statisticYear the year {@code s} of the sector statistic (the organisation's year or the latest
 *     earlier year published)
 * @param priceFactor the deflator ratio applied; 1 when {@code s} is the organisation's year; empty when the
 *     deflator does not reach the organisation's year, and then {@code sectorValue} is at the prices of
 *     {@code s} (the page says so)
 * @param sectorValue the sector's value per unit of labour, at the organisation's price level when the
 *     price factor is present
 */
public record SectorComparison(
        double organisationValue,
        int organisationYear,
        double sectorStatistic,
        int statisticYear,
        OptionalDouble priceFactor,
        double sectorValue,
        double ratio,
        boolean implausible) {

    /** An organisation below a quarter or above four times its sector is asked to check its figures. */
    public static final double IMPLAUSIBLY_LOW = 0.25;

    public static final double IMPLAUSIBLY_HIGH = 4.0;

    public SectorComparison {
        Objects.requireNonNull(priceFactor, "priceFactor");
    }

    /**
     * @param sectorStatistic the sector's value per unit of labour in year {@code statisticYear}, current prices
     * @param deflatorSteps {@code CP_k / PYP_k} by year {@code k} for the years after {@code statisticYear}
     *     that are published
     */
    public static SectorComparison of(
            double organisationValue,
            int organisationYear,
            double sectorStatistic,
            int statisticYear,
            Map<Integer, Double> deflatorSteps) {
        if (statisticYear > organisationYear) {
            throw new IllegalArgumentException("the statistic's year is after the organisation's year");
        }
        if (!(sectorStatistic > 0)) {
            throw new IllegalArgumentException("the sector statistic must be positive");
        }
        OptionalDouble factor = OptionalDouble.of(1);
        double f = 1;
        for (int k = statisticYear + 1; k <= organisationYear; k++) {
            Double step = deflatorSteps.get(k);
            if (step == null || !(step > 0)) {
                factor = OptionalDouble.empty();
                break;
            }
            f *= step;
        }
        if (factor.isPresent()) {
            factor = OptionalDouble.of(f);
        }
        double sectorValue = sectorStatistic * factor.orElse(1);
        double ratio = organisationValue / sectorValue;
        boolean implausible = ratio < IMPLAUSIBLY_LOW || ratio > IMPLAUSIBLY_HIGH;
        return new SectorComparison(
                organisationValue,
                organisationYear,
                sectorStatistic,
                statisticYear,
                factor,
                sectorValue,
                ratio,
                implausible);
    }
}
