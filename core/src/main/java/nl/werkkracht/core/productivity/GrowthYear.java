package nl.werkkracht.core.productivity;

/**
 * Volume growth in one year t (against t-1), as fractions (0.01 = 1 %).
 *
 * @param year the year t
 * @param outputGrowth volume growth of output {@code g_Y(t)}
 * @param labourGrowth growth of labour input {@code g_L(t)}
 * @param growth productivity growth {@code g_p(t) = (1+g_Y)/(1+g_L) - 1}
 */
public record GrowthYear(int year, double outputGrowth, double labourGrowth, double growth) {}
