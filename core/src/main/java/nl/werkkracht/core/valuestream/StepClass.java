package nl.werkkracht.core.valuestream;

/**
 * What a step of a process adds for the customer (METHODS.md §12).
 *
 * <ul>
 *   <li>{@link #VALUE_ADDING}: the customer would pay for it (waardetoevoegend);
 *   <li>{@link #NECESSARY}: adds no value but cannot be left out now, e.g. a legally required
 *       registration (noodzakelijk, niet waardetoevoegend);
 *   <li>{@link #WASTE}: adds no value and could go (verspilling); such a step has a {@link WasteType}.
 * </ul>
 */
public enum StepClass {
    VALUE_ADDING,
    NECESSARY,
    WASTE
}
