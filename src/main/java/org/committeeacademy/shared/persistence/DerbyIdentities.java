package org.committeeacademy.shared.persistence;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Derby hands out an identity column's values from a range it reserves when the table is first inserted into after the
 * database booted. When two transactions make that first insert at the same moment, both try to reserve the range and
 * one waits for the other's lock until the lock timeout: right after a start, two people signing in at once had one
 * of them wait 5 s for the audit line of the sign-in, and an enrolment could be refused "try again". One insert into
 * each table with an identity column, at the start and alone, reserves every range: it fails on the table's other
 * required columns (or succeeds) and is rolled back, and the reserved range stays. It costs one id per table and start,
 * a gap such as Derby itself leaves after a crash.
 */
final class DerbyIdentities {

    private static final System.Logger LOG = System.getLogger(DerbyIdentities.class.getName());

    private static final String IDENTITY_COLUMNS = "SELECT t.TABLENAME, c.COLUMNNAME FROM SYS.SYSCOLUMNS c"
            + " JOIN SYS.SYSTABLES t ON c.REFERENCEID = t.TABLEID JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID"
            + " WHERE c.AUTOINCREMENTINC IS NOT NULL AND t.TABLETYPE = 'T' AND s.SCHEMANAME = CURRENT SCHEMA";

    private DerbyIdentities() {}

    /** Reserves the first range of values of every identity column in the connection's schema. */
    static void reserve(Connection connection) throws SQLException {
        List<String> inserts = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet columns = query.executeQuery(IDENTITY_COLUMNS)) {
            while (columns.next()) {
                inserts.add("INSERT INTO \"" + columns.getString(1) + "\" (\"" + columns.getString(2)
                        + "\") VALUES (DEFAULT)");
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement insert = connection.createStatement()) {
            for (String sql : inserts) {
                try {
                    insert.executeUpdate(sql);
                } catch (SQLException refused) {
                    // expected: another required column is missing (a constraint, SQL state 23…); the value was drawn,
                    // so the range is reserved all the same. Anything else (a lock wait) leaves the race as it was.
                    String state = refused.getSQLState();
                    if (state == null || !state.startsWith("23")) {
                        LOG.log(Level.WARNING, "Identity range not reserved ({0}): SQL state {1}", sql, state);
                    }
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}
