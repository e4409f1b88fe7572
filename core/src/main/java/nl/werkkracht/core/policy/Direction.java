package nl.werkkracht.core.policy;

/** Which way an indicator should move for the measure to succeed. */
public enum Direction {
    INCREASE,
    DECREASE
}
