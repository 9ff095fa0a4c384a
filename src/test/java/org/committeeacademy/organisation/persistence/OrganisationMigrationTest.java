package org.committeeacademy.organisation.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.committeeacademy.shared.persistence.DatabaseMigration;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.EmptyDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V21 on a database that already has a provider's data (migrated to V20 first): its venues and staff move into one
 * organisation and nothing is lost; a fresh database gets no organisation of its own.
 */
@DatabaseTest
class OrganisationMigrationTest {

    private EmptyDatabase database;
    private DataSource dataSource;

    @BeforeEach
    void database() {
        database = new EmptyDatabase();
        dataSource = database.dataSource();
    }

    @AfterEach
    void drop() {
        database.close();
    }

    private void migrateTo(String version) {
        database.migrateTo(version);
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }

    private long number(String query) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Long nullableNumber(String query) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }

    @Test
    void existingVenuesAndStaffMoveIntoOneOrganisation() throws SQLException {
        migrateTo("20");
        execute(
                "INSERT INTO venue (name, street, postal_code, city, step_free_access, accessible_toilet, hearing_loop,"
                        + " row_version) VALUES ('VHS Bonn', 'Mülheimer Platz 1', '53111', 'Bonn', TRUE, TRUE, TRUE, 1)",
                "INSERT INTO venue (name, street, postal_code, city, step_free_access, accessible_toilet, hearing_loop,"
                        + " row_version) VALUES ('VHS Köln', 'Cäcilienstraße 29', '50667', 'Köln', TRUE, FALSE, FALSE,"
                        + " 1)",
                "INSERT INTO account (email, display_name, preferred_language, password_hash, created_at, row_version)"
                        + " VALUES ('staff@example.org', 'Stefan Vogel', 'de', 'x', CURRENT_TIMESTAMP, 1)",
                "INSERT INTO account (email, display_name, preferred_language, password_hash, created_at, row_version)"
                        + " VALUES ('member@example.org', 'Ayşe Yılmaz', 'de', 'x', CURRENT_TIMESTAMP, 1)",
                "INSERT INTO account_role (account_id, role_name)"
                        + " SELECT id, 'STAFF' FROM account WHERE email = 'staff@example.org'",
                "INSERT INTO account_role (account_id, role_name)"
                        + " SELECT id, 'MEMBER' FROM account WHERE email = 'member@example.org'");

        DatabaseMigration.migrate(dataSource);

        assertEquals(1, number("SELECT COUNT(*) FROM organisation WHERE active = TRUE"));
        long organisation = number("SELECT id FROM organisation");
        assertEquals(2, number("SELECT COUNT(*) FROM venue WHERE organisation_id = " + organisation), "no venue lost");
        assertEquals(organisation, number("SELECT organisation_id FROM account WHERE email = 'staff@example.org'"));
        assertNull(nullableNumber("SELECT organisation_id FROM account WHERE email = 'member@example.org'"));
    }

    @Test
    void aFreshDatabaseHasNoOrganisationAndAVenueNeedsOne() {
        DatabaseMigration.migrate(dataSource);

        assertThrows(
                SQLException.class,
                () -> execute(
                        "INSERT INTO venue (name, street, postal_code, city, step_free_access, accessible_toilet,"
                                + " hearing_loop, row_version) VALUES ('Ohne', 'Weg 1', '53111', 'Bonn', TRUE, TRUE, TRUE, 1)"));
        assertThrows(
                SQLException.class,
                () -> execute("INSERT INTO venue (name, street, postal_code, city, step_free_access, accessible_toilet,"
                        + " hearing_loop, row_version, organisation_id) VALUES ('Falsch', 'Weg 1', '53111', 'Bonn',"
                        + " TRUE, TRUE, TRUE, 1, 999)"));
    }

    @Test
    void aColourIsSevenCharactersOrNone() throws SQLException {
        DatabaseMigration.migrate(dataSource);

        assertEquals(0, number("SELECT COUNT(*) FROM organisation"));
        assertThrows(
                SQLException.class,
                () -> execute(
                        "INSERT INTO organisation (name, city, colour, row_version) VALUES ('VHS', 'Bonn', 'blau', 1)"));
    }
}
