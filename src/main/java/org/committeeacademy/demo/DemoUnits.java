package org.committeeacademy.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.unit.domain.UnitAnswer;
import org.committeeacademy.unit.domain.UnitQuestionRef;

/**
 * Self-paced units of the demo: member@example.org has done "Wer entscheidet was in meiner Kommune?" in the running
 * Bonn cohort (sharing the reflection with the trainers) and started "Vom Problem zur Vision".
 */
final class DemoUnits {

    private DemoUnits() {}

    static void load(EntityManager em, Instant now) {
        Account member = em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", "member@example.org")
                .getSingleResult();
        long running = em.createQuery("SELECT c FROM Cohort c WHERE c.title = :t", Cohort.class)
                .setParameter("t", "Bonn – Samstagsreihe")
                .getSingleResult()
                .id();
        choose(em, running, member, ref("local-context", "wer-entscheidet", "haushalt"), "rat", false, now);
        choose(
                em,
                running,
                member,
                ref("local-context", "wer-entscheidet", "ausschuss-kann"),
                "stellungnahme",
                true,
                now);
        UnitAnswer reflection =
                new UnitAnswer(running, member.id(), ref("local-context", "wer-entscheidet", "thema"), now);
        reflection.reflect(
                "Die Abendkurse für Deutsch im Stadtteil. Entscheiden muss am Ende der Rat, weil es um Geld aus dem"
                        + " Haushalt geht; vorher berät der Integrationsausschuss.",
                now);
        reflection.share(true);
        em.persist(reflection);
        choose(
                em,
                running,
                member,
                ref("strategic-goals", "vom-problem-zur-vision", "vision-ist"),
                "gutes-ende",
                false,
                now);
    }

    private static UnitQuestionRef ref(String module, String unit, String question) {
        return new UnitQuestionRef(module, unit, question);
    }

    private static void choose(
            EntityManager em,
            long cohort,
            Account member,
            UnitQuestionRef ref,
            String option,
            boolean multiple,
            Instant now) {
        UnitAnswer answer = new UnitAnswer(cohort, member.id(), ref, now);
        answer.choose(List.of(option), Set.of(option), multiple, now);
        em.persist(answer);
    }
}
