package nl.werkkracht.core.wage;

/**
 * The labour income share (arbeidsinkomensquote, AIQ), METHODS.md §6:
 *
 * <pre>
 * AIQ = (compensation of employees + imputed labour income of the self-employed) / GVA
 * </pre>
 *
 * <p>The imputation assumes the self-employed earn the average employee compensation per hour
 * (CPB/CBS convention): imputed = COMP / H_employees × (H_total − H_employees), so {@code AIQ = COMP ·
 * (H_total / H_employees) / GVA}. With persons instead of hours the same holds per person.
 *
 * @param compensation compensation of employees, euro, current prices
 * @param imputedSelfEmployed imputed labour income of the self-employed, euro
 * @param grossValueAdded GVA at basic prices, euro, current prices
 */
public record LabourIncomeShare(double compensation, double imputedSelfEmployed, double grossValueAdded) {

    /** The convention stated next to every AIQ figure. */
    public static final String IMPUTATION_NOTE_NL =
            "Zelfstandigen krijgen hetzelfde arbeidsinkomen per uur toegerekend als werknemers (CPB/CBS-conventie).";

    public static final String IMPUTATION_NOTE_EN =
            "The self-employed are imputed the average employee compensation per hour (CPB/CBS convention).";

    /**
     * @param compensation COMP in euro
     * @param grossValueAdded GVA in euro
     * @param employeeLabour labour of employees (hours, or persons)
     * @param totalLabour labour of all persons employed, same measure
     */
    public static LabourIncomeShare of(
            double compensation, double grossValueAdded, double employeeLabour, double totalLabour) {
        if (!(employeeLabour > 0) || totalLabour < employeeLabour) {
            throw new IllegalArgumentException(
                    "need 0 < employee labour <= total labour, got " + employeeLabour + " and " + totalLabour);
        }
        double imputed = compensation / employeeLabour * (totalLabour - employeeLabour);
        return new LabourIncomeShare(compensation, imputed, grossValueAdded);
    }

    /** The share as a fraction (0.75 = 75 %); undefined for GVA ≤ 0. */
    public java.util.OptionalDouble share() {
        return grossValueAdded > 0
                ? java.util.OptionalDouble.of((compensation + imputedSelfEmployed) / grossValueAdded)
                : java.util.OptionalDouble.empty();
    }
}
