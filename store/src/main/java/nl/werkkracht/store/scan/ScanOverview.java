package nl.werkkracht.store.scan;

/**
 * A scan with how far it got.
 *
 * @param scan the scan
 * @param invitations invitations made
 * @param responses responses received: the invitations used (so the count stays when the raw answers
 *     are deleted after the retention period)
 */
public record ScanOverview(StoredScan scan, int invitations, int responses) {}
