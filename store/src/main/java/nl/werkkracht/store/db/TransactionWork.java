package nl.werkkracht.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one connection inside one transaction (see {@link Database#inTransaction}). The work must
 * not commit, roll back or close the connection.
 *
 * @param <T> what the work returns
 * @param <X> a checked exception the work may throw besides {@link SQLException}, passed on unchanged
 */
@FunctionalInterface
public interface TransactionWork<T, X extends Exception> {

    T execute(Connection connection) throws SQLException, X;
}
