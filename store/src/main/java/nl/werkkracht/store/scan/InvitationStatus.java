package nl.werkkracht.store.scan;

/**
 * What an invitation token opens.
 *
 * @param scan the scan it invites to
 * @param used whether answers were submitted with it already
 */
public record InvitationStatus(StoredScan scan, boolean used) {}
