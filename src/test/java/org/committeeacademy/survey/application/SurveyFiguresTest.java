package org.committeeacademy.survey.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.survey.domain.Answers;
import org.committeeacademy.survey.domain.OutcomeRounds;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScoreTally;
import org.committeeacademy.survey.domain.SurveyForm;
import org.committeeacademy.survey.persistence.JpaSurveyRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's outcome figures on Derby with the demo answers: the minimum group, averages, skipped items. */
@DatabaseTest
class SurveyFiguresTest {

    private static TestDatabase db;
    private static long running;
    private static long summer;
    private static long open;

    @BeforeAll
    static void demo() {
        db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23));
        EntityManager em = db.entityManager();
        running = cohort(em, "Bonn – Samstagsreihe");
        summer = cohort(em, "Bonn – Sommerkurs");
        open = cohort(em, "Köln – Frühjahrskurs");
        em.close();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static SurveyOutcomes outcomes(List<Long> cohorts) {
        EntityManager em = db.entityManager();
        try {
            SurveyResults results = new SurveyResults();
            results.surveys = new JpaSurveyRepository(em);
            return results.outcomes(cohorts);
        } finally {
            em.close();
        }
    }

    private static OutcomeFigure figure(SurveyOutcomes outcomes, String item, SurveyPhase phase) {
        return outcomes.figures().stream()
                .filter(f -> f.itemKey().equals(item) && f.phase() == phase)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void threeAnswersAreCountedButNotShown() {
        SurveyOutcomes outcomes = outcomes(List.of(summer));
        assertEquals(3, outcomes.respondents().get(SurveyPhase.BASELINE));
        OutcomeFigure whom = figure(outcomes, "whom", SurveyPhase.BASELINE);
        assertEquals(3, whom.answers());
        assertFalse(whom.shown());
        assertNull(whom.average());
        assertTrue(whom.counts().isEmpty());
    }

    @Test
    void sevenAnswersAreShownWithAverageAndDistribution() {
        SurveyOutcomes outcomes = outcomes(List.of(running));
        assertEquals(7, outcomes.respondents().get(SurveyPhase.BASELINE));
        assertEquals(6, outcomes.respondents().get(SurveyPhase.AFTER_MODULE));
        assertEquals(0, outcomes.respondents().get(SurveyPhase.FOLLOW_UP));
        // DemoSurveys: person p scores 2 + (p + i) % 2 on item i, and skips where (p + i) % 7 == 6
        OutcomeFigure decisions = figure(outcomes, "decisions", SurveyPhase.BASELINE);
        assertEquals(6, decisions.answers(), "person 6 skipped it");
        assertEquals(List.of(0, 3, 3, 0, 0), decisions.counts());
        assertEquals(2.5, decisions.average(), 1e-9);
        assertEquals(5 * 3, outcomes.figures().size(), "five items in three phases");
    }

    @Test
    void fourAnswersToAnItemHideItEvenInAShownGroup() {
        long[] cohort = new long[1];
        db.inTransaction(em -> {
            cohort[0] = open;
            JpaSurveyRepository surveys = new JpaSurveyRepository(em);
            List<?> people =
                    em.createNativeQuery("SELECT id FROM account ORDER BY id").getResultList();
            for (int i = 0; i < 5; i++) {
                Map<String, Integer> scores = new HashMap<>(Map.of("confident", 4));
                if (i < 4) {
                    scores.put("contacts", 2);
                }
                surveys.record(
                        ((Number) people.get(i)).longValue(),
                        Round.baseline(open),
                        new Answers(scores, Map.of()),
                        YearMonth.of(2026, 11));
            }
        });
        SurveyOutcomes outcomes = outcomes(List.of(cohort[0]));
        assertTrue(figure(outcomes, "confident", SurveyPhase.BASELINE).shown());
        assertEquals(4.0, figure(outcomes, "confident", SurveyPhase.BASELINE).average(), 1e-9);
        OutcomeFigure contacts = figure(outcomes, "contacts", SurveyPhase.BASELINE);
        assertEquals(4, contacts.answers());
        assertFalse(contacts.shown());
        assertTrue(
                outcomes(List.of(summer, cohort[0])).figures().stream()
                        .filter(f -> f.itemKey().equals("contacts") && f.phase() == SurveyPhase.BASELINE)
                        .allMatch(OutcomeFigure::shown),
                "4 + 3 answers of two cohorts make a group of seven");
    }

    @Test
    void noCohortsNoFigures() {
        assertTrue(outcomes(List.of()).figures().isEmpty());
    }

    private static long cohort(EntityManager em, String title) {
        return ((Number) em.createNativeQuery("SELECT id FROM cohort WHERE title = ?")
                        .setParameter(1, title)
                        .getSingleResult())
                .longValue();
    }

    /** The count kept per round as each demo answer was stored (V56) is the number of responses stored. */
    @Test
    void theRoundCountsAreTheResponsesStored() {
        EntityManager em = db.entityManager();
        try {
            Map<Round, Integer> stored = new HashMap<>();
            java.util.Set<Long> cohorts = new java.util.HashSet<>();
            for (Object row : em.createNativeQuery("SELECT cohort_id, phase, module_key, COUNT(*) FROM survey_response"
                            + " GROUP BY cohort_id, phase, module_key")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                long cohort = ((Number) r[0]).longValue();
                cohorts.add(cohort);
                stored.put(
                        new Round(cohort, SurveyPhase.valueOf((String) r[1]), (String) r[2]),
                        ((Number) r[3]).intValue());
            }
            assertFalse(stored.isEmpty(), "the demo data has survey answers");
            assertEquals(stored, new JpaSurveyRepository(em).responses(cohorts));
        } finally {
            em.close();
        }
    }

    /**
     * The outcome items' answers kept per round with each demo response (V62) are the tallies of those items kept per
     * round and item, and the responses the round counts.
     */
    @Test
    void theOutcomeAnswersKeptPerRoundAreTheTalliesOfTheOutcomeItems() {
        EntityManager em = db.entityManager();
        try {
            java.util.Set<Long> cohorts = new java.util.HashSet<>();
            for (Object id : em.createNativeQuery("SELECT id FROM cohort").getResultList()) {
                cohorts.add(((Number) id).longValue());
            }
            JpaSurveyRepository surveys = new JpaSurveyRepository(em);
            OutcomeRounds kept = surveys.outcomeRounds(cohorts);
            Map<Round, Map<String, ScoreTally>> tallies = surveys.tallies(cohorts, SurveyForm.OUTCOME_KEYS);
            assertFalse(tallies.isEmpty(), "the demo data has answers to the outcome items");
            assertEquals(text(tallies), text(kept.tallies()));
            assertEquals(surveys.responses(cohorts), kept.responses());
        } finally {
            em.close();
        }
    }

    private static Map<Round, Map<String, List<Integer>>> text(Map<Round, Map<String, ScoreTally>> tallies) {
        Map<Round, Map<String, List<Integer>>> counts = new HashMap<>();
        tallies.forEach((round, items) -> items.forEach((key, tally) ->
                counts.computeIfAbsent(round, r -> new HashMap<>()).put(key, tally.counts())));
        return counts;
    }
}
