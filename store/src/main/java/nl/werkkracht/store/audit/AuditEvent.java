package nl.werkkracht.store.audit;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * One line of the audit log: who did what to which organisation's data, and when.
 *
 * @param action dotted lower case, e.g. {@code scan.results.viewed}
 * @param detail what exactly, without personal data of employees
 */
public record AuditEvent(
        long id, Instant at, String username, OptionalLong organisationId, String action, String detail) {}
