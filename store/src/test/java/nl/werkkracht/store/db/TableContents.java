package nl.werkkracht.store.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;

/**
 * Every row of every table of a database's current schema, as text, for tests that compare two
 * databases or one database before and after a change (backup round trips, upgrades; issue 14). Rows are
 * sorted, columns keep their names (lower case), and values are written the same way on H2 and
 * PostgreSQL (timestamps as instants, binary as hex).
 */
public final class TableContents {

    /** Table name → rows; a row maps column names to values as text ({@code null} for NULL). */
    private final Map<String, List<Map<String, String>>> tables;

    private TableContents(Map<String, List<Map<String, String>>> tables) {
        this.tables = tables;
    }

    public static TableContents of(DatabaseConfig config) {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            var tables = new TreeMap<String, List<Map<String, String>>>();
            for (String table : tableNames(c)) {
                tables.put(table.toLowerCase(Locale.ROOT), rows(c, table));
            }
            return new TableContents(tables);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Migrates an empty database to {@code version} only (e.g. "13.1"), as a previous release left it. */
    public static void migrateTo(DatabaseConfig config, String version) {
        Flyway.configure(TableContents.class.getClassLoader())
                .dataSource(config.url(), config.user(), config.password())
                .locations(Database.MIGRATIONS)
                .target(version)
                .load()
                .migrate();
    }

    /** Runs the statements of a class-path SQL file (separated by ';' at the end of a line). */
    public static void runScript(DatabaseConfig config, String resource) {
        try (var in = TableContents.class.getResourceAsStream(resource);
                Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                var s = c.createStatement()) {
            String sql =
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : sql.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, List<Map<String, String>>> tables() {
        return tables;
    }

    public List<Map<String, String>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    /** The total number of rows in all tables. */
    public int rowCount() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    /** The rows of every table, projected on the columns {@code earlier} had, for upgrade comparisons. */
    public TableContents projectedOn(TableContents earlier) {
        var out = new TreeMap<String, List<Map<String, String>>>();
        earlier.tables.forEach((table, rows) -> {
            List<Map<String, String>> mine = tables.getOrDefault(table, List.of());
            var columns = rows.isEmpty() ? null : rows.get(0).keySet();
            var projected = new ArrayList<Map<String, String>>();
            for (Map<String, String> row : mine) {
                var p = new TreeMap<String, String>();
                row.forEach((k, v) -> {
                    if (columns == null || columns.contains(k)) {
                        p.put(k, v);
                    }
                });
                projected.add(p);
            }
            projected.sort(java.util.Comparator.comparing(Object::toString));
            out.put(table, projected);
        });
        return new TableContents(out);
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        var names = new ArrayList<String>();
        String schema = c.getSchema();
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static List<Map<String, String>> rows(Connection c, String table) throws SQLException {
        var rows = new ArrayList<Map<String, String>>();
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                var row = new TreeMap<String, String>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), text(rs, i, meta.getColumnType(i)));
                }
                rows.add(row);
            }
        }
        rows.sort(java.util.Comparator.comparing(Object::toString));
        return rows;
    }

    private static String text(ResultSet rs, int i, int type) throws SQLException {
        switch (type) {
            case java.sql.Types.TIMESTAMP -> {
                var t = rs.getTimestamp(i);
                return t == null ? null : t.toString();
            }
            case java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> {
                var t = rs.getObject(i, java.time.OffsetDateTime.class);
                return t == null ? null : t.toInstant().toString();
            }
            case java.sql.Types.BINARY, java.sql.Types.VARBINARY, java.sql.Types.LONGVARBINARY, java.sql.Types.BLOB -> {
                byte[] b = rs.getBytes(i);
                return b == null ? null : java.util.HexFormat.of().formatHex(b);
            }
            default -> {
                Object o = rs.getObject(i);
                return o == null ? null : o.toString();
            }
        }
    }

    @Override
    public String toString() {
        return tables.toString();
    }
}
