package org.committeeacademy.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.audit.domain.AuditEntry;
import org.committeeacademy.calendar.domain.CalendarFeed;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.shared.personaldata.PersonalDataSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing a demo member on Derby with every section: afterwards their name and e-mail address appear in no text
 * column of any table, while their enrolments still count; and the export names them and nobody else.
 */
@DatabaseTest
class ErasureTest {

    private static final String EMAIL = "member@example.org";
    private static final String NAME = "Ayşe Yılmaz";

    @TempDir
    Path files;

    @Test
    void afterErasureTheNameAndAddressAppearNowhereAndTheSeatsStillCount() throws Exception {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            long[] id = new long[1];
            long[] seats = new long[1];
            db.inTransaction(em -> {
                Account member = account(em);
                id[0] = member.id();
                em.persist(new CalendarFeed(member.id(), Instant.now()));
                em.persist(new AuditEntry(
                        Instant.now(), member.id(), AuditAction.LOGIN_SUCCEEDED, "ACCOUNT", EMAIL, "form"));
                em.persist(new AuditEntry(Instant.now(), null, AuditAction.LOGIN_FAILED, "ACCOUNT", EMAIL, "api"));
                em.createNativeQuery(
                                "INSERT INTO outbox_message (recipient_id, recipient_email, mail_language, notice,"
                                        + " subject, text_body, html_body, status, attempts, created_at)"
                                        + " VALUES (?, ?, 'de', 'ENROLMENT_CONFIRMED', 'Platz bestätigt', ?, ?, 'HELD', 0, CURRENT_TIMESTAMP)")
                        .setParameter(1, member.id())
                        .setParameter(2, EMAIL)
                        .setParameter(3, "Hallo " + NAME)
                        .setParameter(4, "<p>Hallo " + NAME + "</p>")
                        .executeUpdate();
                em.createNativeQuery("UPDATE enrolment SET decision_note = ? WHERE member_id = ?")
                        .setParameter(1, "Rückruf bei " + NAME)
                        .setParameter(2, member.id())
                        .executeUpdate();
                seats[0] = seatsTaken(em);
            });
            assertTrue(occurrences(db, EMAIL).size() > 0, "the scan finds the address before");

            db.inTransaction(em -> Sections.wired(em, files).stream()
                    .sorted(Comparator.comparingInt(PersonalDataSection::order).reversed())
                    .forEach(s -> s.erase(id[0])));

            assertEquals(List.of(), occurrences(db, EMAIL));
            assertEquals(List.of(), occurrences(db, NAME));
            EntityManager em = db.entityManager();
            assertTrue(em.find(Account.class, id[0]).isErased());
            assertEquals(seats[0], seatsTaken(em), "the seat counts stay");
            em.close();
        }
    }

    @Test
    void theExportNamesThePersonAndNobodyElse() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            EntityManager em = db.entityManager();
            long id = account(em).id();
            JsonObjectBuilder export = Json.createObjectBuilder();
            Sections.wired(em, files).forEach(s -> export.add(s.key(), s.export(id)));
            String json = export.build().toString();
            em.close();

            assertTrue(json.contains(EMAIL), json);
            assertTrue(json.contains("Bonn – Samstagsreihe"), json);
            for (String other : Set.of("olena.kovalenko@example.org", "Olena Kovalenko", "trainer@example.org")) {
                assertFalse(json.contains(other), other + " in " + json);
            }
        }
    }

    private static Account account(EntityManager em) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", EMAIL)
                .getSingleResult();
    }

    private static long seatsTaken(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT SUM(seats_taken) FROM cohort")
                        .getSingleResult())
                .longValue();
    }

    /** Every table.column whose text contains the value (case-insensitive). */
    private static List<String> occurrences(TestDatabase db, String value) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(null, db.schema(), "%", "%")) {
                while (columns.next()) {
                    int type = columns.getInt("DATA_TYPE");
                    if (type != Types.VARCHAR
                            && type != Types.CHAR
                            && type != Types.CLOB
                            && type != Types.LONGVARCHAR) {
                        continue;
                    }
                    String table = columns.getString("TABLE_NAME");
                    String column = columns.getString("COLUMN_NAME");
                    String quoted = '"' + column + '"';
                    String cast = type == Types.CLOB ? "CAST(" + quoted + " AS VARCHAR(32672))" : quoted;
                    try (PreparedStatement query = connection.prepareStatement(
                            "SELECT COUNT(*) FROM \"" + table + "\" WHERE LOWER(" + cast + ") LIKE ?")) {
                        query.setString(1, "%" + value.toLowerCase() + "%");
                        try (ResultSet count = query.executeQuery()) {
                            count.next();
                            if (count.getLong(1) > 0) {
                                found.add(table + "." + column);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
