package nl.werkkracht.app.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.benchmark.BenchmarkService;
import nl.werkkracht.app.benchmark.RoleExposures;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.routeplan.RoutePlanService;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.techimpact.TechImpactService;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;

/**
 * Everything Werkkracht holds about one organisation, for the organisation itself (the right of access
 * and portability): profile and members, figures per year with their results, every scan with its
 * disclosure-controlled results, value streams, the route plan with the choices made, and the audit log.
 *
 * <p>Employees' individual answers are never part of it: only the results that passed the anonymity rule
 * of METHODS.md §10, exactly as the organisation sees them on its pages (ADR 0009).
 */
final class OrganisationExport {

    /** Explains the export in the ZIP file. */
    static final String README =
            """
            Werkkracht — export of all data of one organisation
            ====================================================

            organisation.json   profile and the users who have access
            financials.json     figures per year as entered, with value added, hours and productivity (euro,
                                current prices; per hour worked and per FTE) and the sector comparison
            scans.json          every questionnaire with its results per group (team or ALL), exactly as
                                published when it closed (an open questionnaire has no results yet:
                                "results" is null); a group with fewer than 5 responses, or one that could
                                be derived from the others, is suppressed and carries no values; scores are
                                whole points 0-100; individual answers are not exported, as they are
                                anonymous by construction and cannot be linked to anyone
            value-streams.json  the mapped processes with their metrics
            roles.json          the roles (people, hours, ISCO-08 occupation, the tasks each does)
            technology-impact.json  the technology impact analyses with their figures and answers
            routeplan.json      the generated route plan with the interventions chosen
            networks.json       the benchmark networks the organisation joined and the metrics it shares, the
                                networks it asked to join, and its part in every published version of the
                                statistics (the value used and its rank then; nothing of other organisations),
                                and its part in the published versions of role-exposure tables (people and
                                hours per ISCO-08 major group and ILO gradient, as counted then)
            audit.json          who viewed or changed this organisation's data, and when
            """;

    private final OrganisationService organisations;
    private final ScanService scans;
    private final ValueStreamService valueStreams;
    private final RoutePlanService routePlans;
    private final BenchmarkService benchmarks;
    private final AuditLog audit;
    private final TechImpactService techImpact;
    private final RoleExposures roleExposures;

    OrganisationExport(
            OrganisationService organisations,
            ScanService scans,
            ValueStreamService valueStreams,
            RoutePlanService routePlans,
            BenchmarkService benchmarks,
            AuditLog audit,
            TechImpactService techImpact,
            RoleExposures roleExposures) {
        this.techImpact = techImpact;
        this.roleExposures = roleExposures;
        this.benchmarks = benchmarks;
        this.organisations = organisations;
        this.scans = scans;
        this.valueStreams = valueStreams;
        this.routePlans = routePlans;
        this.audit = audit;
    }

    /** The parts of the export by file name (without {@code .json}), in a fixed order. */
    Map<String, Object> parts(Organisation organisation, Locale locale) {
        long id = organisation.id();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("organisation", organisations.view(organisation, locale));
        parts.put("financials", organisations.financials(id));
        List<Map<String, Object>> scanParts = new ArrayList<>();
        for (var scan : scans.scans(id)) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("scan", scan);
            // the published version only: an open scan has none yet (ADR 0011)
            s.put("results", scans.publishedResults(scan.id()).orElse(null));
            scanParts.add(s);
        }
        parts.put("scans", scanParts);
        parts.put("value-streams", valueStreams.list(id));
        parts.put("roles", techImpact.roles(id));
        parts.put("technology-impact", techImpact.analyses(id));
        parts.put("routeplan", routePlans.plan(id, locale));
        Map<String, Object> networks = new LinkedHashMap<>(benchmarks.exportOf(id));
        networks.put("roleExposureParts", roleExposures.partsOf(id));
        parts.put("networks", networks);
        parts.put("audit", audit.ofOrganisation(id, Integer.MAX_VALUE));
        return parts;
    }
}
