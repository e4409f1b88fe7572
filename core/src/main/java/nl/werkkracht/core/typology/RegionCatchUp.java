package nl.werkkracht.core.typology;

import java.util.OptionalDouble;

/**
 * A region's position against the frontrunner over a window.
 *
 * @param region region code
 * @param relativeFrom {@code R_r,t0 = 100 · P_r,t0 / P_f,t0}, percent
 * @param relativeTo {@code R_r,t1}, percent
 * @param change {@code ΔR = R_r,t1 - R_r,t0}, percentage points
 * @param catchUpClass the class of {@code change}
 * @param changeVsReference {@code 100 · (P_r,t1/P_n,t1 − P_r,t0/P_n,t0)}, points; empty without a reference
 */
public record RegionCatchUp(
        String region,
        double relativeFrom,
        double relativeTo,
        double change,
        CatchUpClass catchUpClass,
        OptionalDouble changeVsReference) {}
