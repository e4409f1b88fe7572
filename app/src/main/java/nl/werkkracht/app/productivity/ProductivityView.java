package nl.werkkracht.app.productivity;

/**
 * A productivity level as the CLI and API show it.
 *
 * @param region region code
 * @param sector sector code
 * @param year year
 * @param labour labour measure (HOURS, FTE, JOBS, PERSONS)
 * @param priceBasis price basis of the output (CP, PYP, CLVyyyy)
 * @param unit {@code EUR/HW}, {@code EUR/PER}…: euro per unit of labour
 * @param value euro per unit of labour, not rounded; null when labour is zero (undefined)
 * @param output the output measure (GVA, or GDP for a total without GVA)
 * @param dataset the dataset the figures come from
 */
public record ProductivityView(
        String region,
        String sector,
        int year,
        String labour,
        String priceBasis,
        String unit,
        Double value,
        String output,
        String dataset) {}
