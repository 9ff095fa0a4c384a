package org.committeeacademy.survey.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.survey.application.SurveyPersonalData;
import org.committeeacademy.survey.domain.Answers;
import org.committeeacademy.survey.domain.Round;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No way leads from an answer to the person who gave it: the response tables have no account column and no key in
 * common with the participation, response ids are random, export and erasure touch the participation only.
 */
@DatabaseTest
class AnswersAreAnonymousTest {

    private static TestDatabase db;
    private static long memberId;
    private static long cohortId;

    @BeforeAll
    static void demo() {
        db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23));
        EntityManager em = db.entityManager();
        memberId = number(em, "SELECT id FROM account WHERE email = 'member@example.org'");
        cohortId = number(em, "SELECT id FROM cohort WHERE title = 'Bonn – Samstagsreihe'");
        em.close();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theAnswerTablesHaveNoColumnThatCouldNameAPerson() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            assertEquals(
                    List.of("ID", "COHORT_ID", "PHASE", "MODULE_KEY", "ANSWERED_MONTH"), columns(c, "SURVEY_RESPONSE"));
            assertEquals(List.of("RESPONSE_ID", "ITEM_KEY", "SCORE", "ANSWER_TEXT"), columns(c, "SURVEY_ANSWER"));
            assertEquals(List.of("ID", "ACCOUNT_ID", "COHORT_ID", "ROUND_KEY"), columns(c, "SURVEY_PARTICIPATION"));
            try (ResultSet fks =
                    c.getMetaData().getImportedKeys(null, db.schema(), db.tableName("SURVEY_PARTICIPATION"))) {
                while (fks.next()) {
                    assertFalse(
                            fks.getString("PKTABLE_NAME")
                                    .toUpperCase(java.util.Locale.ROOT)
                                    .startsWith("SURVEY_RESPONSE"),
                            "no key to a response");
                }
            }
        }
    }

    @Test
    void responseIdsAreRandomNotInTheOrderOfAnswering() {
        List<String> ids = new ArrayList<>();
        db.inTransaction(em -> {
            JpaSurveyRepository surveys = new JpaSurveyRepository(em);
            Round round = Round.followUp(cohortId);
            List<Long> people = em
                    .createNativeQuery("SELECT id FROM account ORDER BY id FETCH FIRST 3 ROWS ONLY")
                    .getResultList()
                    .stream()
                    .map(v -> ((Number) v).longValue())
                    .toList();
            for (long person : people) {
                surveys.record(person, round, new Answers(Map.of("whom", 3), Map.of()), YearMonth.of(2027, 6));
            }
            em.createNativeQuery("SELECT id FROM survey_response WHERE phase = 'FOLLOW_UP'")
                    .getResultList()
                    .forEach(v -> ids.add((String) v));
        });
        assertEquals(3, ids.size());
        ids.forEach(id -> assertDoesNotThrow(() -> UUID.fromString(id)));
    }

    @Test
    void thePersonCanAnswerARoundOnlyOnce() {
        assertThrows(
                RuntimeException.class,
                () -> db.inTransaction(em -> {
                    JpaSurveyRepository surveys = new JpaSurveyRepository(em);
                    Round round = Round.afterModule(cohortId, "twice");
                    surveys.record(memberId, round, new Answers(Map.of(), Map.of()), YearMonth.of(2026, 11));
                    surveys.record(memberId, round, new Answers(Map.of(), Map.of()), YearMonth.of(2026, 11));
                }));
    }

    @Test
    void exportAndErasureConcernTheParticipationNotTheAnswers() {
        EntityManager em = db.entityManager();
        SurveyPersonalData section = section(em);
        String export = section.export(memberId).toString();
        em.close();
        assertTrue(export.contains("BASELINE"), export);
        assertFalse(export.contains("score") || export.contains("decisions"), export);

        long[] before = new long[2];
        db.inTransaction(em2 -> {
            before[0] = number(em2, "SELECT COUNT(*) FROM survey_response");
            section(em2).erase(memberId);
        });
        EntityManager after = db.entityManager();
        assertEquals(0, number(after, "SELECT COUNT(*) FROM survey_participation WHERE account_id = " + memberId));
        assertEquals(before[0], number(after, "SELECT COUNT(*) FROM survey_response"), "the answers stay, anonymous");
        after.close();
    }

    private static SurveyPersonalData section(EntityManager em) {
        try {
            SurveyPersonalData section = new SurveyPersonalData();
            var field = SurveyPersonalData.class.getDeclaredField("surveys");
            field.setAccessible(true);
            field.set(section, new JpaSurveyRepository(em));
            return section;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        DatabaseMetaData meta = c.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, db.schema(), db.tableName(table), null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static long number(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
