package nl.werkkracht.store.techimpact;

import java.time.Instant;
import nl.werkkracht.core.techimpact.WorkRole;

/** A role as stored: its id, organisation and times. */
public record StoredRole(long id, long organisationId, WorkRole role, Instant createdAt, Instant updatedAt) {}
