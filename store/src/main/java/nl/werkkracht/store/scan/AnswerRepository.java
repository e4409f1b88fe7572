package nl.werkkracht.store.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkkracht.core.scan.Idea;
import nl.werkkracht.core.scan.Response;

/** The {@code invitation}, {@code response}, {@code response_answer} and {@code idea} tables. */
final class AnswerRepository {

    private static final String INSERT_INVITATION =
            "INSERT INTO invitation (scan_id, token_hash, used) VALUES (?, ?, FALSE)";

    private static final String INVITATION = "SELECT scan_id, used FROM invitation WHERE token_hash = ?";

    /** Marks the invitation used only if it was not: the one place that decides "reused". */
    private static final String USE = "UPDATE invitation SET used = TRUE WHERE token_hash = ? AND used = FALSE";

    private static final String INSERT_RESPONSE = "INSERT INTO response (id, scan_id, team) VALUES (?, ?, ?)";

    private static final String INSERT_ANSWER =
            "INSERT INTO response_answer (response_id, item_id, answer) VALUES (?, ?, ?)";

    private static final String INSERT_IDEA = "INSERT INTO idea (id, scan_id, team, idea_text) VALUES (?, ?, ?, ?)";

    private static final String RESPONSES =
            """
            SELECT r.id, r.team, a.item_id, a.answer
              FROM response r
              LEFT JOIN response_answer a ON a.response_id = r.id
             WHERE r.scan_id = ?
             ORDER BY r.id, a.item_id
            """;

    private static final String IDEAS = "SELECT team, idea_text FROM idea WHERE scan_id = ? ORDER BY id";

    void insertInvitations(Connection connection, long scanId, List<String> tokenHashes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_INVITATION)) {
            for (String hash : tokenHashes) {
                insert.setLong(1, scanId);
                insert.setString(2, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The scan id and whether it is used, of the invitation with this token hash. */
    Optional<Map.Entry<Long, Boolean>> invitation(Connection connection, String tokenHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(INVITATION)) {
            select.setString(1, tokenHash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(Map.entry(rows.getLong(1), rows.getBoolean(2))) : Optional.empty();
            }
        }
    }

    /** @return false when the invitation was used already (or does not exist) */
    boolean use(Connection connection, String tokenHash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(USE)) {
            update.setString(1, tokenHash);
            return update.executeUpdate() == 1;
        }
    }

    void insertResponse(Connection connection, long scanId, Optional<String> team, Map<String, Integer> answers)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_RESPONSE)) {
            insert.setString(1, id);
            insert.setLong(2, scanId);
            insert.setString(3, team.orElse(null));
            insert.executeUpdate();
        }
        if (answers.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ANSWER)) {
            for (var answer : answers.entrySet()) {
                insert.setString(1, id);
                insert.setString(2, answer.getKey());
                insert.setShort(3, answer.getValue().shortValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    void insertIdea(Connection connection, long scanId, Optional<String> team, String text) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IDEA)) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setLong(2, scanId);
            insert.setString(3, team.orElse(null));
            insert.setString(4, text);
            insert.executeUpdate();
        }
    }

    List<Response> responses(Connection connection, long scanId) throws SQLException {
        var out = new ArrayList<Response>();
        try (PreparedStatement select = connection.prepareStatement(RESPONSES)) {
            select.setLong(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                String current = null;
                Optional<String> team = Optional.empty();
                Map<String, Integer> answers = new LinkedHashMap<>();
                while (rows.next()) {
                    String id = rows.getString(1);
                    if (!id.equals(current)) {
                        if (current != null) {
                            out.add(new Response(team, answers));
                        }
                        current = id;
                        team = Optional.ofNullable(rows.getString(2));
                        answers = new LinkedHashMap<>();
                    }
                    String item = rows.getString(3);
                    if (item != null) {
                        answers.put(item, (int) rows.getShort(4));
                    }
                }
                if (current != null) {
                    out.add(new Response(team, answers));
                }
            }
        }
        return out;
    }

    List<Idea> ideas(Connection connection, long scanId) throws SQLException {
        var out = new ArrayList<Idea>();
        try (PreparedStatement select = connection.prepareStatement(IDEAS)) {
            select.setLong(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(new Idea(Optional.ofNullable(rows.getString(1)), rows.getString(2)));
                }
            }
        }
        return out;
    }
}
