package nl.werkkracht.core.policy;

/** How far a recommendation has been carried out. */
public enum Implementation {
    NOT_STARTED,
    PARTLY,
    DONE
}
