package nl.werkkracht.app.scan;

import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.store.audit.AuditLog;
import org.springframework.security.core.Authentication;

/**
 * Who may reach a scan: the members of its organisation, as {@link OrganisationAccess} decides. A scan
 * that does not exist and a scan of somebody else's organisation get the same 404. Callers record what
 * was viewed or changed with {@link #record}.
 */
final class ScanAccess {

    private final OrganisationAccess access;
    private final ScanService scans;
    private final AuditLog audit;

    ScanAccess(OrganisationAccess access, ScanService scans, AuditLog audit) {
        this.access = access;
        this.scans = scans;
        this.audit = audit;
    }

    /**
     * Checks that the user is a member of the organisation.
     *
     * @throws OrganisationNotFoundException otherwise
     */
    void organisation(Authentication auth, long organisationId) {
        access.require(auth, organisationId);
    }

    /** The organisation, for pages that show its name and tabs. */
    nl.werkkracht.store.organisation.Organisation organisationOf(Authentication auth, long organisationId) {
        return access.require(auth, organisationId);
    }

    /**
     * The scan, when the user is a member of its organisation and, when {@code organisationId} is given,
     * it belongs to that organisation.
     *
     * @throws OrganisationNotFoundException otherwise
     */
    ScanSummary scan(Authentication auth, long scanId, Long organisationId) {
        ScanSummary scan = scans.scan(scanId).orElseThrow(() -> new OrganisationNotFoundException("scan " + scanId));
        if (organisationId != null && organisationId != scan.organisationId()) {
            throw new OrganisationNotFoundException("scan " + scanId);
        }
        access.require(auth, scan.organisationId());
        return scan;
    }

    /** Records an audit event of the user on the organisation. */
    void record(Authentication auth, long organisationId, String action, String detail) {
        audit.record(access.username(auth), organisationId, action, detail);
    }
}
