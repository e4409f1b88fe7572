package nl.werkkracht.core.shiftshare;

/**
 * One year of the generalised exactly additive decomposition, in previous-year prices.
 *
 * @param year the year t (decomposing t-1 → t)
 * @param growth growth of aggregate productivity {@code Z_t / Z_t-1 - 1} in prices of t-1
 * @param within contribution of productivity growth within sectors, {@code Σ w_i,t-1 g_z,i}
 * @param staticShift contribution of labour reallocation at the base year's productivity
 * @param dynamicShift contribution of reallocation towards sectors with growing productivity
 */
public record GeadYear(int year, double growth, double within, double staticShift, double dynamicShift) {}
