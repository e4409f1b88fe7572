package nl.werkkracht.store.policy;

import java.time.Instant;

/** One line of a programme's audit log. */
public record ProgrammeEvent(Instant at, String username, String action, String detail) {}
