package org.committeeacademy.worksheet.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.migration.V60__Worksheet_titles;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetHeading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The title each worksheet keeps beside its template (V59), which the member's home lists instead of reading every
 * template: set for new worksheets, filled by V60 for old ones, and the same as the template's own title.
 */
@DatabaseTest
class WorksheetTitlesTest {

    private static TestDatabase db;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23));
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void everyWorksheetListsTheTitleOfItsTemplateInEachLanguage() {
        Map<Long, String> listed = listedTitles(Language.TR);
        assertFalse(listed.isEmpty(), "the demo data has worksheets");
        assertEquals(templateTitles(Language.TR), listed);
        assertEquals(templateTitles(Language.DE), listedTitles(Language.DE));
        assertTrue(listed.values().stream().noneMatch(String::isBlank), () -> "a worksheet without title: " + listed);
    }

    @Test
    void flywayRunsTheJavaMigration() {
        var em = db.entityManager();
        try {
            List<?> scripts = em.createNativeQuery(
                            "SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"version\" = '60'")
                    .getResultList();
            assertEquals(List.of("db.migration.V60__Worksheet_titles"), scripts);
        } finally {
            em.close();
        }
    }

    @Test
    void theMigrationFillsTheTitlesOfWorksheetsStartedBeforeIt() {
        Map<Long, String> before = listedTitles(Language.EN);
        int[] filled = new int[1];
        db.inTransaction(em -> {
            em.createNativeQuery("UPDATE worksheet SET title = NULL").executeUpdate();
            filled[0] = fill(em.unwrap(Connection.class));
        });
        assertEquals(before.size(), filled[0]);
        assertEquals(before, listedTitles(Language.EN));
    }

    @Test
    void aWorksheetWithoutAKeptTitleIsListedFromItsTemplate() {
        db.inTransaction(
                em -> em.createNativeQuery("UPDATE worksheet SET title = NULL").executeUpdate());
        try {
            assertEquals(templateTitles(Language.UK), listedTitles(Language.UK));
        } finally {
            db.inTransaction(em -> fill(em.unwrap(Connection.class)));
        }
    }

    private static int fill(Connection connection) {
        try {
            return V60__Worksheet_titles.fill(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the home lists: each member's headings, by worksheet. */
    private static Map<Long, String> listedTitles(Language language) {
        Map<Long, String> titles = new TreeMap<>();
        var em = db.entityManager();
        try {
            JpaWorksheetRepository repository = new JpaWorksheetRepository(em);
            for (Long member : members()) {
                for (WorksheetHeading heading : repository.headingsOf(member)) {
                    titles.put(heading.id(), heading.title(language));
                }
            }
        } finally {
            em.close();
        }
        return titles;
    }

    /** The title as the worksheet's whole template has it. */
    private static Map<Long, String> templateTitles(Language language) {
        Map<Long, String> titles = new TreeMap<>();
        var em = db.entityManager();
        try {
            em.createQuery("SELECT w FROM Worksheet w", Worksheet.class)
                    .getResultList()
                    .forEach(w -> titles.put(w.id(), w.template(language).title()));
        } finally {
            em.close();
        }
        return titles;
    }

    private static List<Long> members() {
        var em = db.entityManager();
        try {
            return em.createQuery("SELECT DISTINCT w.memberId FROM Worksheet w", Long.class)
                    .getResultList();
        } finally {
            em.close();
        }
    }
}
