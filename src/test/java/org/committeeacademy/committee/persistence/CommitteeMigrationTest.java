package org.committeeacademy.committee.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.committeeacademy.shared.persistence.DatabaseMigration;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.EmptyDatabase;
import org.junit.jupiter.api.Test;

/**
 * V22 on a database that has typed committee names (V20's member_committee): every name becomes a committee, every
 * member of it a confirmed member, and nothing typed is lost.
 */
@DatabaseTest
class CommitteeMigrationTest {

    @Test
    void typedNamesBecomeCommitteesWithTheirMembersConfirmed() throws SQLException {
        try (EmptyDatabase database = new EmptyDatabase()) {
            database.migrateTo("20");
            typedNamesBecomeCommittees(database);
        }
    }

    private static void typedNamesBecomeCommittees(EmptyDatabase database) throws SQLException {
        DataSource db = database.dataSource();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            long ayse = account(s, "ayse@example.org");
            long jan = account(s, "jan@example.org");
            long mira = account(s, "mira@example.org");
            long tom = account(s, "tom@example.org");
            typed(s, ayse, "Integrationsrat Bonn");
            typed(s, jan, "INTEGRATIONSRAT BONN");
            typed(s, mira, "Ausschuss für Chancengerechtigkeit und Integration Hürth");
            typed(s, tom, "Rat der Vielfalt");

            DatabaseMigration.migrate(db);

            Map<String, String[]> committees = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT name, municipality, kind, ags FROM committee")) {
                while (rs.next()) {
                    committees.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            assertEquals(3, committees.size(), committees.keySet().toString());
            String[] bonn = committees.entrySet().stream() // one of both spellings: they were one committee
                    .filter(e -> e.getKey().equalsIgnoreCase("Integrationsrat Bonn"))
                    .findFirst()
                    .orElseThrow()
                    .getValue();
            assertEquals("bonn", bonn[0].toLowerCase(java.util.Locale.ROOT));
            assertEquals("INTEGRATIONSRAT", bonn[1]);
            assertNull(bonn[2], "the AGS of a typed name is not known");
            String[] huerth = committees.get("Ausschuss für Chancengerechtigkeit und Integration Hürth");
            assertEquals("Hürth", huerth[0]);
            assertEquals("AUSSCHUSS_CHANCENGERECHTIGKEIT", huerth[1]);
            assertEquals("Rat der Vielfalt", committees.get("Rat der Vielfalt")[0], "no kind in it: the whole name");

            assertEquals(committeeOf(s, ayse), committeeOf(s, jan));
            assertEquals("Hürth", municipalityOf(s, mira));
            try (ResultSet rs =
                    s.executeQuery("SELECT COUNT(*) FROM committee_membership WHERE status = 'CONFIRMED'")) {
                rs.next();
                assertEquals(4, rs.getInt(1), "every member who named a committee");
            }
            try (ResultSet rs =
                    c.getMetaData().getTables(null, database.schema(), database.tableName("member_committee"), null)) {
                assertFalse(rs.next(), "the free text is gone");
            }
        }
    }

    private static long account(Statement s, String email) throws SQLException {
        s.executeUpdate("INSERT INTO account (email, display_name, preferred_language, password_hash, created_at,"
                + " row_version) VALUES ('" + email + "', 'X', 'de', 'h', CURRENT_TIMESTAMP, 0)");
        try (ResultSet rs = s.executeQuery("SELECT id FROM account WHERE email = '" + email + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void typed(Statement s, long account, String committee) throws SQLException {
        s.executeUpdate(
                "INSERT INTO member_committee (account_id, committee) VALUES (" + account + ", '" + committee + "')");
    }

    private static long committeeOf(Statement s, long account) throws SQLException {
        try (ResultSet rs =
                s.executeQuery("SELECT committee_id FROM committee_membership WHERE account_id = " + account)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String municipalityOf(Statement s, long account) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT c.municipality FROM committee c JOIN committee_membership m"
                + " ON m.committee_id = c.id WHERE m.account_id = " + account)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
