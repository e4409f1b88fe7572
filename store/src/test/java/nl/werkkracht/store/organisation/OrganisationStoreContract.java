package nl.werkkracht.store.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link OrganisationStore} and {@link AuditLog} promise on every database; each test starts empty. */
abstract class OrganisationStoreContract {

    static final String HASH = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

    protected abstract DatabaseConfig config();

    private Database database;
    private OrganisationStore store;
    private AuditLog audit;

    @BeforeEach
    void open() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM organisation");
                statement.executeUpdate("DELETE FROM audit_event");
                return statement.executeUpdate("DELETE FROM app_user");
            }
        });
        AccountStore accounts = new AccountStore(database);
        accounts.createUser("employer", HASH, Role.EMPLOYER);
        accounts.createUser("adviser", HASH, Role.ADVISER);
        store = new OrganisationStore(database);
        audit = new AuditLog(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static OrganisationProfile profile(String name) {
        return new OrganisationProfile(name, "F", "10-49", "CR22", Optional.of("Anna"), Optional.of(" "));
    }

    static FinancialsRecord figures(int year) {
        return new FinancialsRecord(
                year,
                2_000_000,
                700_000,
                150_000,
                -10_000,
                OptionalDouble.empty(),
                OptionalDouble.of(14.5),
                OptionalDouble.of(38),
                OptionalDouble.of(200),
                OptionalDouble.of(0.05),
                OptionalDouble.of(1200),
                OptionalDouble.of(60_000),
                OptionalDouble.empty(),
                java.time.Instant.EPOCH);
    }

    @Test
    void shouldKeepAKvkNumberUniqueOnThePlatform() {
        OrganisationProfile withKvk = new OrganisationProfile(
                "Installatiebedrijf A",
                "F",
                "10-49",
                "CR22",
                Optional.empty(),
                Optional.empty(),
                Optional.of("1234 56.78"));
        Organisation a = store.create(withKvk, "employer");
        Organisation b = store.create(profile("Installatiebedrijf B"), "adviser");

        assertThat(a.kvkNumber()).contains("12345678");
        assertThat(b.kvkNumber()).isEmpty();
        assertThatThrownBy(() -> store.create(withKvk, "adviser"))
                .isInstanceOf(KvkNumberTakenException.class)
                .hasMessageContaining("12345678");
        assertThatThrownBy(() -> store.update(b.id(), withKvk)).isInstanceOf(KvkNumberTakenException.class);
        assertThat(store.find(b.id()).orElseThrow().kvkNumber()).isEmpty();
        assertThat(store.update(a.id(), withKvk)).isTrue(); // its own number again
        assertThatThrownBy(() -> new OrganisationProfile(
                        "X", "F", "10-49", "CR22", Optional.empty(), Optional.empty(), Optional.of("1234567")))
                .hasMessageContaining("8 digits");
    }

    @Test
    void shouldKeepTheChosenMunicipalityBesideItsCoropRegion() {
        OrganisationProfile enschede = new OrganisationProfile(
                "Metaalbedrijf E",
                "C",
                "50-249",
                "CR12",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("GM0153"));
        Organisation created = store.create(enschede, "employer");

        assertThat(created.region()).isEqualTo("CR12");
        assertThat(created.municipality()).contains("GM0153");
        assertThat(store.update(created.id(), profile("Metaalbedrijf E"))).isTrue();
        assertThat(store.find(created.id()).orElseThrow().municipality()).isEmpty();
        assertThatThrownBy(() -> new OrganisationProfile(
                        "X",
                        "F",
                        "10-49",
                        "CR12",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("0153")))
                .hasMessageContaining("GM");
    }

    @Test
    void shouldMakeTheCreatorItsOnlyMember() {
        Organisation created = store.create(profile("Installatiebedrijf Voorbeeld"), "employer");

        assertThat(created.name()).isEqualTo("Installatiebedrijf Voorbeeld");
        assertThat(created.contactName()).contains("Anna");
        assertThat(created.contactEmail()).isEmpty();
        assertThat(store.isMember(created.id(), "employer")).isTrue();
        assertThat(store.isMember(created.id(), "adviser")).isFalse();
        assertThat(store.ofMember("employer")).containsExactly(created);
        assertThat(store.ofMember("adviser")).isEmpty();
    }

    @Test
    void shouldAddMembersOnceAndRefuseUnknownUsers() {
        Organisation created = store.create(profile("A"), "employer");

        assertThat(store.addMember(created.id(), "adviser")).isTrue();
        assertThat(store.addMember(created.id(), "adviser")).isTrue();
        assertThat(store.addMember(created.id(), "nobody")).isFalse();
        assertThat(store.addMember(created.id() + 1000, "adviser")).isFalse();
        assertThat(store.members(created.id())).containsExactly("adviser", "employer");
    }

    @Test
    void shouldRejectAnUnknownSizeClass() {
        assertThatThrownBy(() -> new OrganisationProfile("A", "F", "1-5", "CR22", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sizeClass");
    }

    @Test
    void shouldReplaceTheFiguresOfAYearAndKeepMissingOnesMissing() {
        Organisation created = store.create(profile("A"), "employer");
        store.putFinancials(created.id(), figures(2024));
        store.putFinancials(created.id(), figures(2023));
        store.putFinancials(created.id(), figures(2024));

        var stored = store.financials(created.id());
        assertThat(stored).extracting(FinancialsRecord::year).containsExactly(2023, 2024);
        assertThat(stored.get(1).hoursWorked()).isEmpty();
        assertThat(stored.get(1).fte()).hasValue(14.5);
        assertThat(stored.get(1).inventoryChange()).isEqualTo(-10_000);
        assertThat(store.deleteFinancials(created.id(), 2023)).isTrue();
        assertThat(store.financials(created.id())).hasSize(1);
    }

    @Test
    void shouldDeleteAnOrganisationWithAllItsRows() {
        Organisation kept = store.create(profile("Kept"), "employer");
        Organisation gone = store.create(profile("Gone"), "employer");
        store.putFinancials(gone.id(), figures(2024));
        store.putFinancials(kept.id(), figures(2024));

        assertThat(store.delete(gone.id())).isTrue();

        assertThat(store.find(gone.id())).isEmpty();
        assertThat(store.financials(gone.id())).isEmpty();
        assertThat(store.members(gone.id())).isEmpty();
        assertThat(store.financials(kept.id())).hasSize(1);
        assertThat(store.delete(gone.id())).isFalse();
    }

    @Test
    void shouldKeepTheAuditLogNewestFirstAndForgetOnRequest() {
        Organisation created = store.create(profile("A"), "employer");
        audit.record("employer", created.id(), "financials.changed", "2024");
        audit.record("adviser", created.id(), "report.viewed", "");

        assertThat(audit.ofOrganisation(created.id(), 10))
                .extracting(e -> e.action())
                .containsExactly("report.viewed", "financials.changed");
        assertThat(audit.ofOrganisation(created.id(), 1)).hasSize(1);
        assertThat(audit.forget(created.id())).isEqualTo(2);
        assertThat(audit.ofOrganisation(created.id(), 10)).isEmpty();
    }
}
