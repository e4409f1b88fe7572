package nl.werkkracht.store.scan;

/** What became of answers submitted with an invitation token. */
public enum Submission {
    /** Stored; the invitation is now used. */
    STORED,
    /** No invitation has this token. */
    UNKNOWN_TOKEN,
    /** The invitation was used before: nothing stored. */
    ALREADY_USED,
    /** The scan closed: nothing stored. */
    CLOSED
}
