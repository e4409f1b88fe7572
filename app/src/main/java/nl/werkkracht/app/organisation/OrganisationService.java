package nl.werkkracht.app.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.core.codelist.SectorLevel;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.core.organisation.OrganisationProductivity;
import nl.werkkracht.core.organisation.YearFigures;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.FinancialsRecord;
import nl.werkkracht.store.organisation.KvkNumberTakenException;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationProfile;
import nl.werkkracht.store.organisation.OrganisationStore;

/**
 * Organisations and their yearly figures (METHODS.md §8). Callers have checked access with {@link
 * OrganisationAccess}; this service trusts the organisation id it is given.
 */
public final class OrganisationService {

    /** The field problem of a KvK number another organisation has (pages show it in the user's language). */
    public static final String KVK_TAKEN = "is already registered for another organisation on the platform";

    /** The field problem of a KvK number that is not 8 digits. */
    public static final String KVK_FORMAT = "must have exactly 8 digits";

    private final OrganisationStore store;
    private final AuditLog audit;
    private final CodeLists codeLists;
    private final SectorReference sectors;
    private final RegionChoice regions;

    OrganisationService(
            OrganisationStore store,
            AuditLog audit,
            CodeLists codeLists,
            SectorReference sectors,
            RegionChoice regions) {
        this.store = store;
        this.audit = audit;
        this.codeLists = codeLists;
        this.sectors = sectors;
        this.regions = regions;
    }

    /**
     * Registers an organisation with {@code username} as its first member.
     *
     * @throws InvalidInputException naming the field when the profile is not valid
     */
    public Organisation create(OrganisationInput input, String username) {
        Organisation created;
        try {
            created = store.create(profile(input), username);
        } catch (KvkNumberTakenException e) {
            throw new InvalidInputException(List.of(new FieldProblem("kvkNumber", KVK_TAKEN)));
        }
        audit.record(username, created.id(), "organisation.created", created.name());
        return created;
    }

    /** Replaces the profile of an existing organisation. */
    public Organisation update(long id, OrganisationInput input, String username) {
        try {
            store.update(id, profile(input));
        } catch (KvkNumberTakenException e) {
            throw new InvalidInputException(List.of(new FieldProblem("kvkNumber", KVK_TAKEN)));
        }
        audit.record(username, id, "organisation.changed", "profile");
        return store.find(id).orElseThrow(() -> new OrganisationNotFoundException("organisation " + id));
    }

    public List<Organisation> ofMember(String username) {
        return store.ofMember(username);
    }

    public OrganisationView view(Organisation o, Locale locale) {
        boolean nl = !"en".equals(locale.getLanguage());
        String sector = codeLists
                .sector(o.sector())
                .map(s -> nl ? s.nameNl() : s.nameEn())
                .orElse(o.sector());
        String region = codeLists
                .region(o.region())
                .map(r -> nl ? r.nameNl() : r.nameEn())
                .orElse(o.region());
        return OrganisationView.of(
                o, sector, region, regions.where(o.region(), o.municipality(), nl), store.members(o.id()));
    }

    /** The region field as the profile form shows it again ({@code "Enschede (GM0153)"}). */
    public String regionFormValue(Organisation o, Locale locale) {
        return regions.formValue(o.region(), o.municipality(), !"en".equals(locale.getLanguage()));
    }

    /**
     * Adds a member.
     *
     * @throws InvalidInputException when there is no such user
     */
    public void addMember(long id, String newMember, String username) {
        String name = newMember == null ? "" : newMember.strip().toLowerCase(Locale.ROOT);
        if (!store.addMember(id, name)) {
            throw new InvalidInputException(List.of(new FieldProblem("username", "is not a known user")));
        }
        audit.record(username, id, "organisation.member.added", name);
    }

    /**
     * Stores the figures of one year and returns what they give.
     *
     * @throws InvalidInputException naming every missing or invalid field
     */
    public FinancialsView putFinancials(long id, int year, FinancialsInput input, String username) {
        YearFigures figures = input.toFigures(year);
        OrganisationProductivity.of(figures); // refuses figures that leave no hours
        store.putFinancials(id, record(figures));
        audit.record(username, id, "financials.changed", String.valueOf(year));
        return financials(id, year).orElseThrow();
    }

    /** Every year's figures with their results, oldest first. */
    public List<FinancialsView> financials(long id) {
        Organisation organisation = organisation(id);
        List<FinancialsView> views = new ArrayList<>();
        for (FinancialsRecord r : store.financials(id)) {
            views.add(view(organisation, r));
        }
        return views;
    }

    /** One year's figures with their results; empty when none were entered for that year. */
    public Optional<FinancialsView> financials(long id, int year) {
        Organisation organisation = organisation(id);
        return store.financials(id).stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .map(r -> view(organisation, r));
    }

    /** The latest year's figures; empty when none were entered. */
    public Optional<FinancialsView> latestFinancials(long id) {
        Organisation organisation = organisation(id);
        return latestRecord(id).map(r -> view(organisation, r));
    }

    /**
     * Value added per hour worked in the latest year, euro; empty when no figures were entered. Needs no
     * sector comparison, so it reads no statistics.
     */
    public OptionalDouble latestValueAddedPerHour(long id) {
        return latestRecord(id)
                .map(r -> OptionalDouble.of(
                        OrganisationProductivity.of(figures(r)).valueAddedPerHour()))
                .orElse(OptionalDouble.empty());
    }

    private Optional<FinancialsRecord> latestRecord(long id) {
        return store.financials(id).stream().max(Comparator.comparingInt(FinancialsRecord::year));
    }

    private Organisation organisation(long id) {
        return store.find(id).orElseThrow(() -> new OrganisationNotFoundException("organisation " + id));
    }

    /** Deletes one year's figures; false when there were none. */
    public boolean deleteFinancials(long id, int year, String username) {
        boolean deleted = store.deleteFinancials(id, year);
        if (deleted) {
            audit.record(username, id, "financials.deleted", String.valueOf(year));
        }
        return deleted;
    }

    /**
     * Deletes the organisation and all its data (figures, scans and answers, value streams, route plan,
     * members) and its audit lines, leaving one line that says who deleted it.
     */
    public boolean delete(long id, String username) {
        boolean deleted = store.delete(id);
        if (deleted) {
            audit.forget(id);
            audit.record(username, id, "organisation.deleted", "all data deleted");
        }
        return deleted;
    }

    private FinancialsView view(Organisation organisation, FinancialsRecord r) {
        OrganisationProductivity p = OrganisationProductivity.of(figures(r));
        List<String> warnings = new ArrayList<>();
        if (p.valueAdded() <= 0) {
            warnings.add("value added is not positive: check revenue, purchases and other costs");
        }
        SectorFigure sector = null;
        String note = null;
        SectorReference.Outcome outcome = sectors.compare(organisation.sector(), r.year(), p.valueAddedPerHour());
        if (outcome instanceof SectorReference.Found found) {
            sector = found.figure();
            if (sector.implausible()) {
                warnings.add(String.format(
                        Locale.ROOT,
                        "value added per hour is %.2f times the sector's figure: please check the figures",
                        sector.ratio()));
            }
        } else if (outcome instanceof SectorReference.NotFound notFound) {
            note = notFound.reason();
        }
        return new FinancialsView(
                r.year(),
                p.valueAdded(),
                p.hours(),
                p.hoursDerived(),
                p.valueAddedPerHour(),
                boxed(p.fte()),
                boxed(p.valueAddedPerFte()),
                boxed(r.absenceRate()),
                boxed(r.turnoverRate()),
                "EUR/HW",
                "CP",
                sector,
                note,
                List.copyOf(warnings),
                new FinancialsInput(
                        r.revenue(),
                        r.purchases(),
                        r.otherIntermediateCosts(),
                        r.inventoryChange(),
                        boxed(r.hoursWorked()),
                        boxed(r.fte()),
                        boxed(r.contractHoursPerWeek()),
                        boxed(r.leaveHoursPerFte()),
                        boxed(r.absenceRate()),
                        boxed(r.hiredHours()),
                        boxed(r.hiredLabourCost()),
                        boxed(r.turnoverRate())));
    }

    /** The engine's figures of a stored year. */
    private static YearFigures figures(FinancialsRecord r) {
        return new YearFigures(
                r.year(),
                r.revenue(),
                r.purchases(),
                r.otherIntermediateCosts(),
                r.inventoryChange(),
                r.hoursWorked(),
                r.fte(),
                r.contractHoursPerWeek(),
                r.leaveHoursPerFte(),
                r.absenceRate(),
                r.hiredHours(),
                r.hiredLabourCost(),
                r.turnoverRate());
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static FinancialsRecord record(YearFigures f) {
        return new FinancialsRecord(
                f.year(),
                f.revenue(),
                f.purchases(),
                f.otherIntermediateCosts(),
                f.inventoryChange(),
                f.hoursWorked(),
                f.fte(),
                f.contractHoursPerWeek(),
                f.leaveHoursPerFte(),
                f.absenceRate(),
                f.hiredHours(),
                f.hiredLabourCost(),
                f.turnoverRate(),
                java.time.Instant.EPOCH);
    }

    private OrganisationProfile profile(OrganisationInput input) {
        Objects.requireNonNull(input, "input");
        List<FieldProblem> problems = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            problems.add(new FieldProblem("name", "is required"));
        }
        Optional<Sector> sector = Optional.ofNullable(input.sector()).flatMap(s -> codeLists.sector(s.strip()));
        if (sector.isEmpty()
                || !(sector.get().level() == SectorLevel.SECTION || sector.get().level() == SectorLevel.DIVISION)) {
            problems.add(new FieldProblem("sector", "must be an SBI/NACE section or division of the sector code list"));
        }
        if (input.sizeClass() == null || !OrganisationProfile.SIZE_CLASSES.contains(input.sizeClass())) {
            problems.add(new FieldProblem("sizeClass", "must be one of " + OrganisationProfile.SIZE_CLASSES));
        }
        RegionChoice.Outcome region = regions.read(input.region());
        if (region instanceof RegionChoice.Problem p) {
            problems.add(p.problem());
        }
        if (input.contactEmail() != null
                && !input.contactEmail().isBlank()
                && !input.contactEmail().contains("@")) {
            problems.add(new FieldProblem("contactEmail", "is not an e-mail address"));
        }
        Optional<String> kvk = Optional.ofNullable(input.kvkNumber()).filter(k -> !k.isBlank());
        try {
            kvk = kvk.map(OrganisationProfile::kvk);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kvkNumber", KVK_FORMAT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RegionChoice.Chosen chosen = ((RegionChoice.Found) region).chosen();
        try {
            return new OrganisationProfile(
                    input.name(),
                    sector.get().code(),
                    input.sizeClass(),
                    chosen.region(),
                    Optional.ofNullable(input.contactName()),
                    Optional.ofNullable(input.contactEmail()),
                    kvk,
                    chosen.municipality());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldProblem("name", e.getMessage())));
        }
    }
}
