package nl.werkkracht.store.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.werkkracht.store.scan.PublishedResults.PublishedGroup;
import nl.werkkracht.store.scan.PublishedResults.Visibility;

/** The {@code scan_publication} tables. */
final class PublicationRepository {

    private static final String INSERT =
            "INSERT INTO scan_publication (scan_id, published_at, responses, k) VALUES (?, ?, ?, ?)";

    private static final String INSERT_GROUP =
            """
            INSERT INTO scan_publication_group (scan_id, group_order, group_name, respondents, hidden)
            VALUES (?, ?, ?, ?, ?)
            """;

    private static final String INSERT_SCORE =
            "INSERT INTO scan_publication_score (scan_id, group_order, scale_id, score) VALUES (?, ?, ?, ?)";

    private static final String INSERT_IDEA =
            "INSERT INTO scan_publication_idea (scan_id, group_order, idea_order, idea_text) VALUES (?, ?, ?, ?)";

    private static final String SELECT =
            "SELECT published_at, responses, k, answers_deleted_at FROM scan_publication WHERE scan_id = ?";

    private static final String GROUPS =
            """
            SELECT group_order, group_name, respondents, hidden FROM scan_publication_group
             WHERE scan_id = ? ORDER BY group_order
            """;

    private static final String SCORES =
            "SELECT group_order, scale_id, score FROM scan_publication_score WHERE scan_id = ? ORDER BY group_order, scale_id";

    private static final String IDEAS =
            """
            SELECT group_order, idea_text FROM scan_publication_idea
             WHERE scan_id = ? ORDER BY group_order, idea_order
            """;

    void insert(Connection connection, long scanId, PublishedResults p) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, scanId);
            insert.setObject(2, ScanRepository.timestamp(p.publishedAt()));
            insert.setInt(3, p.responses());
            insert.setInt(4, p.k());
            insert.executeUpdate();
        }
        try (PreparedStatement groups = connection.prepareStatement(INSERT_GROUP);
                PreparedStatement scores = connection.prepareStatement(INSERT_SCORE);
                PreparedStatement ideas = connection.prepareStatement(INSERT_IDEA)) {
            for (int g = 0; g < p.groups().size(); g++) {
                PublishedGroup group = p.groups().get(g);
                groups.setLong(1, scanId);
                groups.setInt(2, g);
                groups.setString(3, group.name());
                if (group.respondents().isPresent()) {
                    groups.setInt(4, group.respondents().getAsInt());
                    groups.setNull(5, Types.VARCHAR);
                } else {
                    groups.setNull(4, Types.INTEGER);
                    groups.setString(5, group.visibility().name());
                }
                groups.addBatch();
                for (var score : group.scores().entrySet()) {
                    scores.setLong(1, scanId);
                    scores.setInt(2, g);
                    scores.setString(3, score.getKey());
                    scores.setShort(4, score.getValue().shortValue());
                    scores.addBatch();
                }
                for (int i = 0; i < group.ideas().size(); i++) {
                    ideas.setLong(1, scanId);
                    ideas.setInt(2, g);
                    ideas.setInt(3, i);
                    ideas.setString(4, group.ideas().get(i));
                    ideas.addBatch();
                }
            }
            groups.executeBatch();
            scores.executeBatch();
            ideas.executeBatch();
        }
    }

    Optional<PublishedResults> find(Connection connection, long scanId) throws SQLException {
        Instant publishedAt;
        int responses;
        int k;
        Optional<Instant> deleted;
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setLong(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                publishedAt = ScanRepository.instant(rows, 1);
                responses = rows.getInt(2);
                k = rows.getInt(3);
                deleted = Optional.ofNullable(rows.getObject(4, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant);
            }
        }
        Map<Integer, Map<String, Integer>> scores = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SCORES)) {
            select.setLong(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    scores.computeIfAbsent(rows.getInt(1), g -> new LinkedHashMap<>())
                            .put(rows.getString(2), (int) rows.getShort(3));
                }
            }
        }
        Map<Integer, List<String>> ideas = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(IDEAS)) {
            select.setLong(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ideas.computeIfAbsent(rows.getInt(1), g -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        var groups = new ArrayList<PublishedGroup>();
        try (PreparedStatement select = connection.prepareStatement(GROUPS)) {
            select.setLong(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int g = rows.getInt(1);
                    String hidden = rows.getString(4);
                    groups.add(
                            hidden == null
                                    ? new PublishedGroup(
                                            rows.getString(2),
                                            Visibility.SHOWN,
                                            OptionalInt.of(rows.getInt(3)),
                                            scores.getOrDefault(g, Map.of()),
                                            ideas.getOrDefault(g, List.of()))
                                    : PublishedGroup.hidden(rows.getString(2), Visibility.valueOf(hidden)));
                }
            }
        }
        return Optional.of(new PublishedResults(publishedAt, responses, k, deleted, groups));
    }
}
