package nl.werkkracht.store.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.policy.Direction;
import nl.werkkracht.core.policy.Implementation;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.core.policy.MeasureStatus;
import nl.werkkracht.core.policy.Phase;
import nl.werkkracht.core.policy.QuestionStatus;
import nl.werkkracht.core.policy.Route;
import nl.werkkracht.core.policy.Target;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the policy stores promise on every database they support. */
abstract class PolicyStoreContract {

    static final Instant START = Instant.parse("2026-04-02T10:15:30.123456Z");

    protected abstract DatabaseConfig config();

    private Database database;
    private ProgrammeStore programmes;
    private PolicyContentStore content;
    private OutreachStore outreach;
    private FigureReleaseStore releases;

    @BeforeEach
    void open() {
        database = Database.open(config());
        execute("DELETE FROM programme");
        execute("DELETE FROM organisation");
        execute("DELETE FROM app_user");
        insertUser("analyst", "ANALYST");
        insertUser("colleague", "ANALYST");
        insertUser("adviser", "ADVISER");
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        programmes = new ProgrammeStore(database, clock);
        content = new PolicyContentStore(database, clock);
        outreach = new OutreachStore(database, clock);
        releases = new FigureReleaseStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Programme overijssel() {
        return programmes.create(
                new ProgrammeData("Productiviteit Overijssel", "PV23", 2024, 2027, "meerjarige aanpak"),
                "analyst",
                true);
    }

    @Test
    void shouldKeepADraftForItsMembersUntilPublished() {
        Programme p = overijssel();

        assertThat(p.published()).isFalse();
        assertThat(p.invented()).isTrue();
        assertThat(programmes.role(p.id(), "analyst")).contains(MemberRole.OWNER);
        assertThat(programmes.role(p.id(), "colleague")).isEmpty();
        assertThat(programmes.ofUser("colleague")).isEmpty();
        assertThat(programmes.published()).isEmpty();

        programmes.publish(p.id(), true);
        assertThat(programmes.published()).extracting(Programme::id).containsExactly(p.id());
        assertThat(programmes.find(p.id()).orElseThrow().publishedAt()).contains(START);

        assertThat(programmes.addMember(p.id(), "adviser", MemberRole.ADVISER)).isTrue();
        assertThat(programmes.addMember(p.id(), "nobody", MemberRole.OWNER)).isFalse();
        assertThat(programmes.members(p.id()))
                .containsExactly(
                        new ProgrammeMember("analyst", MemberRole.OWNER),
                        new ProgrammeMember("adviser", MemberRole.ADVISER));
        assertThatThrownBy(() -> programmes.create(new ProgrammeData("x", "NL", 2024, 2025, ""), "nobody", false))
                .hasMessageContaining("no user");
    }

    @Test
    void shouldStoreTheContentOfAProgrammeAndDeleteItWithTheProgramme() {
        Programme p = overijssel();
        Programme other = programmes.create(new ProgrammeData("Ander", "NL", 2024, 2025, ""), "colleague", false);
        StoredMeasure m = content.addMeasure(
                p.id(),
                new MeasureData(
                        "Productiviteitsscan via servicepunten",
                        "scan aanbieden",
                        Route.SME_ECOSYSTEM,
                        Optional.of("sero-2024-scan"),
                        "PV23",
                        List.of("C", "F"),
                        Optional.of(250_000.0),
                        "Provincie",
                        2024,
                        Optional.empty(),
                        MeasureStatus.RUNNING));
        Target target = new Target(10, 2024, 200, 2027, Direction.INCREASE);
        long indicator = content.addIndicator(
                        p.id(),
                        m.id(),
                        new IndicatorData(
                                IndicatorKind.MANUAL, "scans", "Scans gedaan", "aantal", "servicepunten", target))
                .orElseThrow()
                .id();
        assertThat(content.addIndicator(
                        other.id(), m.id(), new IndicatorData(IndicatorKind.MANUAL, "x", "x", "x", "", target)))
                .isEmpty();
        assertThat(content.putValue(p.id(), indicator, 2025, 60)).isTrue();
        assertThat(content.putValue(other.id(), indicator, 2025, 61)).isFalse();
        content.addQuestion(
                p.id(),
                new QuestionData(
                        "Waarom blijft het mkb achter?",
                        "Universiteit Twente",
                        Optional.of(LocalDate.of(2025, 6, 1)),
                        "",
                        QuestionStatus.COMMISSIONED));
        content.addRecommendation(
                p.id(),
                new RecommendationData(
                        Optional.of("ser-2024-cyclus"),
                        "Veranker in de cyclus",
                        Optional.empty(),
                        Implementation.PARTLY,
                        ""));
        content.addEvaluation(
                p.id(),
                new EvaluationData(Optional.of(m.id()), "index", "NL21", 2012, List.of(), List.of("NL22", "NL13"), ""));
        programmes.savePhase(p.id(), new PhaseNote(2024, Phase.MONITOR, "monitor gelezen", true));
        programmes.record(p.id(), "analyst", "measure.added", "scan");

        assertThat(content.measures(p.id())).containsExactly(m);
        assertThat(content.measures(other.id())).isEmpty();
        assertThat(content.indicators(p.id()).get(0).values()).containsEntry(2025, 60.0);
        assertThat(content.questions(p.id()).get(0).data().due()).contains(LocalDate.of(2025, 6, 1));
        assertThat(content.recommendations(p.id()).get(0).data().adopted()).isEmpty();
        assertThat(content.evaluations(p.id()).get(0).data().comparison()).containsExactly("NL22", "NL13");
        assertThat(content.evaluation(
                        other.id(), content.evaluations(p.id()).get(0).id()))
                .isEmpty();
        assertThat(programmes.phases(p.id()))
                .containsExactly(new PhaseNote(2024, Phase.MONITOR, "monitor gelezen", true));
        assertThat(programmes.events(p.id(), 10)).hasSize(1);

        assertThat(programmes.delete(p.id())).isTrue();
        assertThat(count("policy_measure")
                        + count("policy_indicator")
                        + count("policy_indicator_value")
                        + count("policy_question")
                        + count("policy_recommendation")
                        + count("policy_evaluation")
                        + count("programme_phase"))
                .isZero();
        assertThat(programmes.events(p.id(), 10)).hasSize(1);
    }

    @Test
    void shouldUseAnInvitationOnce() {
        Programme p = overijssel();
        OutreachInvitation i = outreach.create(p.id(), "adviser", "a".repeat(64), "Bakkerij Jansen");
        long org = insertOrganisation();

        assertThat(outreach.unused("a".repeat(64))).contains(i);
        assertThat(outreach.use(i.id(), org)).isTrue();
        assertThat(outreach.use(i.id(), org)).isFalse();
        assertThat(outreach.unused("a".repeat(64))).isEmpty();
        assertThat(outreach.counts(p.id())).isEqualTo(new OutreachStore.Counts(1, 1, 0, 0));

        execute("DELETE FROM organisation");
        assertThat(outreach.ofProgramme(p.id()).get(0).organisationId()).isEmpty();
    }

    @Test
    void shouldKeepReleasedVersions() {
        releases.release("scans", "PV23", 2025, List.of("3", "1", "2", "4", "5"), 12.5);

        assertThat(releases.releases("scans", "PV23", 2025)).singleElement().satisfies(r -> {
            assertThat(r.contributors()).containsExactly("1", "2", "3", "4", "5");
            assertThat(r.value()).isEqualTo(12.5);
            assertThat(r.releasedAt()).isEqualTo(START);
        });
        assertThat(releases.releases("scans", "PV23", 2024)).isEmpty();
    }

    private void execute(String sql) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(sql);
            }
        });
    }

    private long count(String table) {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void insertUser(String username, String role) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO app_user (username, password_hash, role, enabled, created_at) VALUES (?, 'x', ?, TRUE, ?)")) {
                insert.setString(1, username);
                insert.setString(2, role);
                insert.setObject(3, OffsetDateTime.ofInstant(START, ZoneOffset.UTC));
                return insert.executeUpdate();
            }
        });
    }

    private long insertOrganisation() {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO organisation (name, sector, size_class, region, created_at) VALUES ('A', 'F', '10-49',"
                            + " 'CR22', ?)",
                    new String[] {"id"})) {
                insert.setObject(1, OffsetDateTime.ofInstant(START, ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
