package nl.werkkracht.store.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The {@code organisation_financials} table. */
final class FinancialsRepository {

    private static final String COLUMNS = "period_year, revenue, purchases, other_intermediate_costs, inventory_change,"
            + " hours_worked, fte, contract_hours_per_week, leave_hours_per_fte, absence_rate, hired_hours, hired_labour_cost,"
            + " turnover_rate, updated_at";

    void put(Connection connection, long organisationId, FinancialsRecord f, Instant now) throws SQLException {
        delete(connection, organisationId, f.year());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organisation_financials"
                + " (organisation_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, organisationId);
            insert.setInt(2, f.year());
            insert.setDouble(3, f.revenue());
            insert.setDouble(4, f.purchases());
            insert.setDouble(5, f.otherIntermediateCosts());
            insert.setDouble(6, f.inventoryChange());
            optional(insert, 7, f.hoursWorked());
            optional(insert, 8, f.fte());
            optional(insert, 9, f.contractHoursPerWeek());
            optional(insert, 10, f.leaveHoursPerFte());
            optional(insert, 11, f.absenceRate());
            optional(insert, 12, f.hiredHours());
            optional(insert, 13, f.hiredLabourCost());
            optional(insert, 14, f.turnoverRate());
            insert.setObject(15, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    List<FinancialsRecord> all(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM organisation_financials WHERE organisation_id = ? ORDER BY period_year")) {
            select.setLong(1, organisationId);
            List<FinancialsRecord> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new FinancialsRecord(
                            rows.getInt(1),
                            rows.getDouble(2),
                            rows.getDouble(3),
                            rows.getDouble(4),
                            rows.getDouble(5),
                            optional(rows, 6),
                            optional(rows, 7),
                            optional(rows, 8),
                            optional(rows, 9),
                            optional(rows, 10),
                            optional(rows, 11),
                            optional(rows, 12),
                            optional(rows, 13),
                            rows.getObject(14, OffsetDateTime.class).toInstant()));
                }
            }
            return result;
        }
    }

    boolean delete(Connection connection, long organisationId, int year) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM organisation_financials WHERE organisation_id = ? AND period_year = ?")) {
            delete.setLong(1, organisationId);
            delete.setInt(2, year);
            return delete.executeUpdate() > 0;
        }
    }

    private static void optional(PreparedStatement statement, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            statement.setDouble(index, value.getAsDouble());
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    private static OptionalDouble optional(ResultSet rows, int index) throws SQLException {
        double value = rows.getDouble(index);
        return rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
