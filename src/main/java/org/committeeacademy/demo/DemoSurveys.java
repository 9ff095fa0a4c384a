package org.committeeacademy.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.survey.domain.Answers;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.persistence.JpaSurveyRepository;

/**
 * Survey answers of the demo. In "Bonn – Samstagsreihe" seven people answered the baseline (member@example.org
 * among them) and six the survey after module 1, so both show results, while member@example.org still has that
 * survey open; in "Bonn – Sommerkurs" three answered the baseline, too few to show.
 */
final class DemoSurveys {

    private static final List<String> OUTCOMES = List.of("decisions", "whom", "connected", "contacts", "confident");

    private DemoSurveys() {}

    static void load(EntityManager em, LocalDate today) {
        JpaSurveyRepository surveys = new JpaSurveyRepository(em);
        Cohort running = cohort(em, "Bonn – Samstagsreihe");
        Cohort summer = cohort(em, "Bonn – Sommerkurs");
        long member = memberId(em);
        List<Long> others =
                seated(em, running).stream().filter(id -> id != member).toList();
        YearMonth before = YearMonth.from(today.minusDays(14));
        YearMonth now = YearMonth.from(today);

        surveys.record(member, Round.baseline(running.id()), baseline(0), before);
        for (int i = 0; i < 6 && i < others.size(); i++) {
            surveys.record(others.get(i), Round.baseline(running.id()), baseline(i + 1), before);
        }
        Round afterFirst = Round.afterModule(
                running.id(), running.series().modules().get(0).key());
        for (int i = 0; i < 6 && i < others.size(); i++) {
            surveys.record(others.get(i), afterFirst, afterModule(i), now);
        }
        List<Long> summerSeats =
                seated(em, summer).stream().filter(id -> id != member).toList();
        for (int i = 0; i < 3 && i < summerSeats.size(); i++) {
            surveys.record(
                    summerSeats.get(i), Round.baseline(summer.id()), baseline(i), YearMonth.from(today.minusDays(95)));
        }
    }

    /** Before the course: mostly 2 and 3, one item skipped now and then. */
    private static Answers baseline(int person) {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (int i = 0; i < OUTCOMES.size(); i++) {
            if ((person + i) % 7 != 6) {
                scores.put(OUTCOMES.get(i), 2 + (person + i) % 2);
            }
        }
        return new Answers(scores, Map.of());
    }

    /** After module 1: higher, with satisfaction items and two comments. */
    private static Answers afterModule(int person) {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (int i = 0; i < OUTCOMES.size(); i++) {
            scores.put(OUTCOMES.get(i), 3 + (person + i) % 3);
        }
        scores.put("overall", 4 + person % 2);
        scores.put("clarity", 3 + person % 3);
        scores.put("trainer", 5 - person % 2);
        Map<String, String> texts =
                switch (person) {
                    case 1 ->
                        Map.of("comments", "Sehr praxisnah – die Beispiele aus anderen Kommunen haben mir geholfen.");
                    case 4 -> Map.of("comments", "Etwas mehr Zeit für die Gruppenarbeit wäre schön.");
                    default -> Map.of();
                };
        return new Answers(scores, texts);
    }

    private static Cohort cohort(EntityManager em, String title) {
        return em.createQuery("SELECT c FROM Cohort c WHERE c.title = :t", Cohort.class)
                .setParameter("t", title)
                .getSingleResult();
    }

    private static long memberId(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT id FROM account WHERE email = 'member@example.org'")
                        .getSingleResult())
                .longValue();
    }

    private static List<Long> seated(EntityManager em, Cohort cohort) {
        return ((List<?>) em.createNativeQuery("SELECT member_id FROM enrolment WHERE cohort_id = ?"
                                + " AND status IN ('CONFIRMED', 'COMPLETED') ORDER BY member_id")
                        .setParameter(1, cohort.id())
                        .getResultList())
                .stream().map(v -> ((Number) v).longValue()).toList();
    }
}
