package nl.werkkracht.core.policy;

/** Where a measure stands. */
public enum MeasureStatus {
    PLANNED,
    RUNNING,
    COMPLETED,
    STOPPED
}
