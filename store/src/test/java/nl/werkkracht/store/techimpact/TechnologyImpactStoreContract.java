package nl.werkkracht.store.techimpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.techimpact.TaskShare;
import nl.werkkracht.core.techimpact.WorkRole;
import nl.werkkracht.core.valuestream.Step;
import nl.werkkracht.core.valuestream.StepClass;
import nl.werkkracht.core.valuestream.ValueStream;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.techimpact.TechnologyImpactStore.Saved;
import nl.werkkracht.store.valuestream.ValueStreamStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link TechnologyImpactStore} promises on every database; steps refer to roles by name. */
abstract class TechnologyImpactStoreContract {

    protected abstract DatabaseConfig config();

    private Database database;
    private TechnologyImpactStore store;
    private ValueStreamStore streams;
    private long organisation;
    private long other;

    @BeforeEach
    void open() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM organisation");
            }
        });
        organisation = insertOrganisation("Administratiekantoor Voorbeeld");
        other = insertOrganisation("Ander Bedrijf");
        store = new TechnologyImpactStore(database);
        streams = new ValueStreamStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldKeepARoleWithItsTasksPerOrganisation() {
        var role = new WorkRole(
                "Administratief medewerker", 4, 6400, "4110", List.of(new TaskShare(1, 0.3), new TaskShare(4, 0.25)));
        var saved = store.saveRole(organisation, Optional.empty(), role);
        assertThat(saved.outcome()).isEqualTo(Saved.OK);
        StoredRole stored = saved.role().orElseThrow();
        assertThat(stored.role()).isEqualTo(role);
        assertThat(store.roles(organisation)).containsExactly(stored);
        assertThat(store.roles(other)).isEmpty();
        assertThat(store.role(other, stored.id())).isEmpty();
        assertThat(store.saveRole(other, Optional.of(stored.id()), role).outcome())
                .isEqualTo(Saved.NOT_FOUND);
        assertThat(store.saveRole(999_999, Optional.empty(), role).outcome()).isEqualTo(Saved.NOT_FOUND);
    }

    @Test
    void shouldRefuseATwinNameIgnoringCase() {
        store.saveRole(organisation, Optional.empty(), new WorkRole("Planner", 1, 1600, "4323", List.of()));
        var twin = store.saveRole(organisation, Optional.empty(), new WorkRole("planner", 2, 3200, "4323", List.of()));
        assertThat(twin.outcome()).isEqualTo(Saved.DUPLICATE_NAME);
        assertThat(store.saveRole(other, Optional.empty(), new WorkRole("planner", 2, 3200, "4323", List.of()))
                        .outcome())
                .isEqualTo(Saved.OK);
    }

    @Test
    void shouldRenameAndUnassignTheRoleInTheStepsOfItsOrganisationOnly() {
        long planner = store.saveRole(
                        organisation, Optional.empty(), new WorkRole("Planner", 1, 1600, "4323", List.of()))
                .role()
                .orElseThrow()
                .id();
        var stream = new ValueStream(
                "Opdracht",
                100,
                List.of(
                        new Step(
                                "Inplannen",
                                Optional.of("planner"),
                                10,
                                0,
                                StepClass.NECESSARY,
                                Optional.empty(),
                                false),
                        new Step(
                                "Montage",
                                Optional.of("Monteur"),
                                60,
                                0,
                                StepClass.VALUE_ADDING,
                                Optional.empty(),
                                false)));
        long mine = streams.create(organisation, stream).orElseThrow().id();
        long theirs = streams.create(other, stream).orElseThrow().id();

        store.saveRole(
                organisation, Optional.of(planner), new WorkRole("Werkvoorbereider", 1, 1600, "4323", List.of()));
        assertThat(streams.find(organisation, mine).orElseThrow().stream()
                        .steps()
                        .get(0)
                        .role())
                .contains("Werkvoorbereider");
        assertThat(streams.find(organisation, mine).orElseThrow().stream()
                        .steps()
                        .get(0)
                        .name())
                .isEqualTo("Inplannen");
        assertThat(streams.find(other, theirs).orElseThrow().stream()
                        .steps()
                        .get(0)
                        .role())
                .contains("planner");

        assertThat(store.deleteRole(organisation, planner)).isTrue();
        assertThat(streams.find(organisation, mine).orElseThrow().stream()
                        .steps()
                        .get(0)
                        .role())
                .isEmpty();
        assertThat(streams.find(organisation, mine).orElseThrow().stream()
                        .steps()
                        .get(1)
                        .role())
                .contains("Monteur");
    }

    @Test
    void shouldKeepAnalysesWithTheirAnswers() {
        var a = store.saveAnalysis(
                        organisation,
                        Optional.empty(),
                        "genai-writing",
                        Optional.empty(),
                        List.of(),
                        Optional.of("Snellere offertes"),
                        Optional.empty(),
                        Optional.of("Prompten en controleren"))
                .orElseThrow();
        assertThat(a.answerProducts()).contains("Snellere offertes");
        assertThat(store.analysis(other, a.id())).isEmpty();
        var b = store.saveAnalysis(
                        organisation,
                        Optional.of(a.id()),
                        "own",
                        Optional.of("Eigen app"),
                        List.of("writing", "scheduling"),
                        Optional.empty(),
                        Optional.of("Minder overdrachten"),
                        Optional.empty())
                .orElseThrow();
        assertThat(b.applicationId()).isEqualTo("own");
        assertThat(b.answerProducts()).isEmpty();
        assertThat(b.taskTypes()).containsExactly("writing", "scheduling");
        assertThat(store.saveAnalysis(
                        other,
                        Optional.of(a.id()),
                        "own",
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .isEmpty();
        assertThat(store.analyses(organisation)).hasSize(1);
        var plan = new LearningPlan(
                "Planner",
                Optional.of("Hoofd planning"),
                Optional.of(java.time.LocalDate.of(2027, 2, 1)),
                Optional.of(java.time.LocalDate.of(2027, 5, 1)));
        assertThat(store.saveLearning(organisation, a.id(), List.of(plan))).isTrue();
        assertThat(store.learning(organisation, a.id())).containsExactly(plan);
        var done = new LearningPlan(
                plan.role(), plan.owner(), plan.start(), plan.end(), Optional.of(java.time.LocalDate.of(2027, 4, 24)));
        assertThat(store.saveLearning(organisation, a.id(), List.of(done))).isTrue();
        assertThat(store.learning(organisation, a.id())).containsExactly(done);
        assertThat(store.saveLearning(organisation, a.id(), List.of(plan))).isTrue();
        assertThat(store.learning(other, a.id())).isEmpty();
        assertThat(store.saveLearning(other, a.id(), List.of())).isFalse();
        assertThat(store.learning(organisation, a.id())).containsExactly(plan);
        assertThat(store.deleteAnalysis(other, a.id())).isFalse();
        assertThat(store.deleteAnalysis(organisation, a.id())).isTrue();
    }

    private long insertOrganisation(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO organisation (name, sector, size_class, region, created_at)
                    VALUES (?, 'N', '10-49', 'CR22', ?)
                    """,
                    new String[] {"id"})) {
                insert.setString(1, name);
                insert.setObject(2, OffsetDateTime.ofInstant(Instant.parse("2026-04-01T08:30:00Z"), ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
