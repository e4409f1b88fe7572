package nl.werkkracht.store.techimpact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.benchmark.SuppressionReason;
import nl.werkkracht.core.occupation.ExposureGradient;
import nl.werkkracht.core.techimpact.ExposureCell;
import nl.werkkracht.core.techimpact.ExposureVersion;
import nl.werkkracht.core.techimpact.NetworkExposure;
import nl.werkkracht.store.db.Database;

/**
 * The published versions of a network's role-exposure table ({@code exposure_version}, {@code exposure_part};
 * ADR 0026). Versions are only ever added; saving one publication is one transaction, and a second publisher
 * racing for the same version number fails on the unique key with nothing written.
 */
public final class ExposureVersionStore {

    private final Database database;

    public ExposureVersionStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Every version of the network's table, in the order they were published. */
    public List<ExposureVersion> versions(long networkId) {
        return database.inTransaction(connection -> {
            Map<Long, List<NetworkExposure.Part>> parts = parts(connection, networkId);
            List<ExposureVersion> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    """
                    SELECT id, cell_key, version_no, published_at, n, suppression, people, mean_exposure, high_share,
                           automation_share, augmentation_share
                      FROM exposure_version WHERE network_id = ? ORDER BY id
                    """)) {
                select.setLong(1, networkId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Optional<SuppressionReason> suppression =
                                Optional.ofNullable(rows.getString(6)).map(SuppressionReason::valueOf);
                        Optional<NetworkExposure.Figures> figures = Optional.empty();
                        if (suppression.isEmpty()) {
                            double mean = rows.getDouble(8);
                            OptionalDouble meanExposure =
                                    rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(mean);
                            figures = Optional.of(new NetworkExposure.Figures(
                                    rows.getLong(7),
                                    meanExposure,
                                    rows.getDouble(9),
                                    rows.getDouble(10),
                                    rows.getDouble(11)));
                        }
                        out.add(new ExposureVersion(
                                ExposureCell.parse(rows.getString(2)),
                                rows.getInt(3),
                                rows.getObject(4, OffsetDateTime.class).toInstant(),
                                rows.getInt(5),
                                suppression,
                                figures,
                                suppression.isPresent() ? List.of() : parts.getOrDefault(rows.getLong(1), List.of())));
                    }
                }
            }
            return out;
        });
    }

    private static Map<Long, List<NetworkExposure.Part>> parts(Connection connection, long networkId)
            throws SQLException {
        Map<Long, List<NetworkExposure.Part>> byVersion = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                """
                SELECT p.version_id, p.organisation_id, p.major_group, p.gradient, p.people, p.hours, p.exposure_hours,
                       p.high_people, p.automation_people, p.augmentation_people
                  FROM exposure_part p JOIN exposure_version v ON v.id = p.version_id
                 WHERE v.network_id = ?
                 ORDER BY p.version_id, p.organisation_id, p.major_group, p.gradient
                """)) {
            select.setLong(1, networkId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byVersion
                            .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new NetworkExposure.Part(
                                    String.valueOf(rows.getLong(2)),
                                    rows.getString(3),
                                    ExposureGradient.valueOf(rows.getString(4)),
                                    rows.getInt(5),
                                    rows.getDouble(6),
                                    rows.getDouble(7),
                                    rows.getInt(8),
                                    rows.getInt(9),
                                    rows.getInt(10)));
                }
            }
        }
        return byVersion;
    }

    /**
     * Saves the versions of one publication, in one transaction.
     *
     * @throws nl.werkkracht.store.db.DatabaseException when another publication saved the same version first
     */
    public void save(long networkId, List<ExposureVersion> versions) {
        if (versions.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            for (ExposureVersion v : versions) {
                long id = insertVersion(connection, networkId, v);
                insertParts(connection, id, v.parts());
            }
            return null;
        });
    }

    private static long insertVersion(Connection connection, long networkId, ExposureVersion v) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO exposure_version (network_id, cell_key, version_no, published_at, n, suppression, people,
                                              mean_exposure, high_share, automation_share, augmentation_share)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                new String[] {"id"})) {
            insert.setLong(1, networkId);
            insert.setString(2, v.cell().key());
            insert.setInt(3, v.number());
            insert.setObject(4, OffsetDateTime.ofInstant(v.publishedAt(), ZoneOffset.UTC));
            insert.setInt(5, v.n());
            insert.setString(6, v.suppression().map(Enum::name).orElse(null));
            Optional<NetworkExposure.Figures> f = v.figures();
            insert.setObject(7, f.map(NetworkExposure.Figures::people).orElse(null), java.sql.Types.BIGINT);
            insert.setObject(
                    8,
                    f.flatMap(x -> x.meanExposure().isPresent()
                                    ? Optional.of(x.meanExposure().getAsDouble())
                                    : Optional.empty())
                            .orElse(null),
                    java.sql.Types.DOUBLE);
            insert.setObject(9, f.map(NetworkExposure.Figures::highShare).orElse(null), java.sql.Types.DOUBLE);
            insert.setObject(10, f.map(NetworkExposure.Figures::automationShare).orElse(null), java.sql.Types.DOUBLE);
            insert.setObject(
                    11, f.map(NetworkExposure.Figures::augmentationShare).orElse(null), java.sql.Types.DOUBLE);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertParts(Connection connection, long versionId, List<NetworkExposure.Part> parts)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO exposure_part (version_id, organisation_id, major_group, gradient, people, hours,
                                           exposure_hours, high_people, automation_people, augmentation_people)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (NetworkExposure.Part p : parts) {
                insert.setLong(1, versionId);
                insert.setLong(2, Long.parseLong(p.organisationId()));
                insert.setString(3, p.majorGroup());
                insert.setString(4, p.gradient().name());
                insert.setInt(5, p.people());
                insert.setDouble(6, p.hours());
                insert.setDouble(7, p.exposureHours());
                insert.setInt(8, p.highPeople());
                insert.setInt(9, p.automationPeople());
                insert.setInt(10, p.augmentationPeople());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * What one organisation contributed to published versions of role-exposure tables: its own part per interior
     * cell, for the organisation's data export (right of access). Nothing of other organisations.
     *
     * @param networkId the network
     * @param cellKey the published cell the version belongs to
     * @param versionNo the version's number within its cell
     * @param publishedAt when the version was published
     * @param majorGroup the ISCO-08 major group of the roles counted
     * @param gradient the ILO exposure gradient of the roles counted
     * @param people the people in those roles
     * @param hours their hours worked per year
     */
    public record StoredPart(
            long networkId,
            String cellKey,
            int versionNo,
            java.time.Instant publishedAt,
            String majorGroup,
            String gradient,
            int people,
            double hours) {}

    /** The organisation's parts in every stored version, oldest first. */
    public List<StoredPart> partsOf(long organisationId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    """
                    SELECT v.network_id, v.cell_key, v.version_no, v.published_at, p.major_group, p.gradient,
                           p.people, p.hours
                      FROM exposure_part p JOIN exposure_version v ON v.id = p.version_id
                     WHERE p.organisation_id = ? ORDER BY v.id, p.major_group, p.gradient
                    """)) {
                select.setLong(1, organisationId);
                List<StoredPart> out = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new StoredPart(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getInt(3),
                                rows.getObject(4, java.time.OffsetDateTime.class)
                                        .toInstant(),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getInt(7),
                                rows.getDouble(8)));
                    }
                }
                return out;
            }
        });
    }
}
