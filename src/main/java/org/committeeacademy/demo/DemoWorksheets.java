package org.committeeacademy.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.goal.domain.Checkpoint;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.worksheet.domain.ReviewDecision;
import org.committeeacademy.worksheet.domain.Worksheet;

/**
 * Worksheets of the demo: member@example.org has a draft of module 2's worksheet in the running Bonn cohort, and in
 * the completed one an accepted worksheet whose goal lives on with one check-in, shared with the Integrationsrat Bonn
 * (tarek.hassan@example.org sees it).
 */
final class DemoWorksheets {

    private static final String MODULE = "strategic-goals";

    private DemoWorksheets() {}

    static void load(EntityManager em, LocalDate today, Instant now) {
        Account member = em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", "member@example.org")
                .getSingleResult();
        Cohort running = cohort(em, "Bonn – Samstagsreihe");
        Cohort completed = cohort(em, "Bonn – Sommerkurs");

        Worksheet draft = new Worksheet(running.id(), member.id(), MODULE, template(running), now);
        draft.save(answers("""
                {"problem-statement": "In unserem Stadtteil gibt es zu wenige Deutschkurse am Abend. Viele Menschen arbeiten tagsüber und finden keinen Platz."}
                """), now);
        em.persist(draft);

        Worksheet accepted = new Worksheet(completed.id(), member.id(), MODULE, template(completed), now);
        accepted.save(answers("""
                {"problem-statement": "Eltern mit Migrationsgeschichte kommen kaum zu Elternabenden; Einladungen gibt es nur auf Deutsch.",
                 "affected": "Etwa 400 Familien an sechs Grundschulen.",
                 "vision-statement": "Alle Eltern verstehen die Einladungen und kommen gern zu den Elternabenden.",
                 "gap": "Es gibt kein Geld für Übersetzungen und keine Liste von Sprachmittlerinnen.",
                 "strategic-goals": [{"what": "Einladungen zu Elternabenden an allen sechs Grundschulen in vier Sprachen",
                   "indicator": "Schulen mit mehrsprachigen Einladungen", "baseline": "0", "target": "6",
                   "deadline": "%s", "responsible": "Ayşe Yılmaz mit dem Schulamt", "resources": "2.000 € aus dem Integrationsbudget"}],
                 "allies": [{"ally": "Stadtschulpflegschaft", "interest": "mehr Eltern bei Elternabenden",
                   "contribution": "Kontakt zu den Schulen", "next-contact": "Mai, per E-Mail"}],
                 "instrument-choice": "Antrag",
                 "instrument-reasoning": "Ein Antrag bringt eine Entscheidung über das Geld.",
                 "motion-body": "Schulausschuss",
                 "motion-subject": "Mehrsprachige Einladungen zu Elternabenden",
                 "motion-reasoning": "An sechs Grundschulen erreichen die Einladungen viele Familien nicht, weil sie nur auf Deutsch erscheinen.",
                 "first-check-in": "%s"}
                """.formatted(today.plusMonths(6), today.minusDays(10))), now);
        accepted.submit(now);
        accepted.review(ReviewDecision.ACCEPTED, Map.of("goals", "Sehr klar messbar – gut!"), "Leyla Demir", now);
        em.persist(accepted);
        em.flush();

        Goal goal = new Goal(
                member.id(),
                accepted.id(),
                completed.id(),
                0,
                completed.title(),
                lastDay(completed),
                accepted.answers().goals(accepted.template(Language.DE)).get(0));
        goal.checkIn(
                member.id(),
                Checkpoint.THREE_MONTHS,
                1,
                "Zwei Schulen verschicken schon Einladungen in vier Sprachen.",
                now);
        goal.share(true);
        em.persist(goal);
    }

    private static Cohort cohort(EntityManager em, String title) {
        return em.createQuery("SELECT c FROM Cohort c WHERE c.title = :t", Cohort.class)
                .setParameter("t", title)
                .getSingleResult();
    }

    private static JsonObject template(Cohort cohort) {
        Module module = cohort.series().modules().stream()
                .filter(m -> m.key().equals(MODULE))
                .findFirst()
                .orElseThrow();
        JsonObject content = Jsons.createReader(
                        new StringReader(module.currentVersion().orElseThrow().content()))
                .readObject();
        return content.getOrDefault("worksheets", JsonValue.EMPTY_JSON_ARRAY)
                .asJsonArray()
                .getJsonObject(0);
    }

    private static JsonObject answers(String json) {
        return Jsons.createReader(new StringReader(json)).readObject();
    }

    private static LocalDate lastDay(Cohort cohort) {
        return cohort.activeSessions().stream()
                .map(Session::end)
                .map(LocalDateTime::toLocalDate)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }
}
