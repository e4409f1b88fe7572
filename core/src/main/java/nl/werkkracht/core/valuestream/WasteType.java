package nl.werkkracht.core.valuestream;

/**
 * The kinds of waste of lean thinking (the seven of the Toyota Production System plus unused talent),
 * as METHODS.md §12 lists them. Only a {@link StepClass#WASTE} step has one.
 */
public enum WasteType {
    /** Making more, or earlier, than the next step needs (overproductie). */
    OVERPRODUCTION,
    /** People waiting for work, information or a decision (wachten). */
    WAITING,
    /** Moving work, files or materials around (transport). */
    TRANSPORT,
    /** More work than the customer needs: double entry, extra checks (overbewerking). */
    OVER_PROCESSING,
    /** Work piling up between steps (voorraad). */
    INVENTORY,
    /** People searching, walking, switching systems (beweging). */
    MOTION,
    /** Errors and rework, asking again for what was missing (fouten en herstel). */
    DEFECTS,
    /** Skills and ideas of people left unused (onbenut talent). */
    UNUSED_TALENT
}
