package nl.werkkracht.store.scan;

/**
 * A scan with how far it got.
 *
 * @param scan the scan
 * @param invitations invitations made
 * @param responses responses received (as many as invitations used)
 */
public record ScanOverview(StoredScan scan, int invitations, int responses) {}
