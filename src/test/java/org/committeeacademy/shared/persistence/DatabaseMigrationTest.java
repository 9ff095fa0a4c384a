package org.committeeacademy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

@DatabaseTest
class DatabaseMigrationTest {

    @Test
    void createsTheSchemaOnceAndIsIdempotent() throws SQLException {
        try (TestDatabase db = new TestDatabase()) {
            assertEquals(0, DatabaseMigration.migrate(db.dataSource()).migrationsExecuted);

            Set<String> tables = new HashSet<>();
            try (Connection c = db.dataSource().getConnection();
                    ResultSet rs = c.getMetaData()
                            .getTables(
                                    null, TestDatabase.isPostgres() ? "public" : "APP", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase());
                }
            }
            assertTrue(tables.containsAll(Set.of(
                    "account",
                    "account_role",
                    "series",
                    "training_module",
                    "venue",
                    "room",
                    "cohort",
                    "cohort_session",
                    "enrolment")));
        }
    }

    @Test
    void theDatabaseWaitsOnlyShortlyForALock() throws SQLException {
        String query = TestDatabase.isPostgres()
                ? "SHOW lock_timeout"
                : "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.locks.waitTimeout')";
        String expected = DatabaseMigration.LOCK_TIMEOUT_SECONDS + (TestDatabase.isPostgres() ? "s" : "");
        try (TestDatabase db = new TestDatabase();
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            assertEquals(expected, rs.getString(1));
        }
    }

    @Test
    void theDatabaseItselfRefusesInvalidRows() throws SQLException {
        try (TestDatabase db = new TestDatabase();
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (email, display_name, preferred_language, password_hash, created_at,"
                    + " row_version) VALUES ('a@example.org', 'A', 'de', 'h', CURRENT_TIMESTAMP, 0)");
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "INSERT INTO account (email, display_name, preferred_language, password_hash,"
                                    + " created_at, row_version) VALUES ('a@example.org', 'B', 'de', 'h', CURRENT_TIMESTAMP, 0)"),
                    "one account per e-mail address");
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("INSERT INTO account_role (account_id, role_name) VALUES (1, 'KING')"),
                    "only known roles");
        }
    }
}
