package org.committeeacademy.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.project.domain.Project;
import org.committeeacademy.project.domain.ProjectDetails;
import org.committeeacademy.project.domain.ProjectOrigin;
import org.committeeacademy.project.domain.ProjectRole;
import org.committeeacademy.project.domain.ProjectStatus;
import org.committeeacademy.project.domain.Residence;

/**
 * The Integrationsrat Bonn's construction site: a project running for about 100 days, so its coordinator (Ayşe
 * Yılmaz, member@example.org) finds the 3-month check-in due, with a long-time resident as ambassador, a newcomer as
 * expert and one update.
 */
final class DemoProjects {

    private DemoProjects() {}

    static void load(EntityManager em, LocalDate today, Instant now) {
        Account ayse = account(em, "member@example.org");
        Account tarek = account(em, "tarek.hassan@example.org");
        Account marta = account(em, "marta.nowak@example.org");
        Committee bonn = em.createQuery(
                        "SELECT c FROM Committee c WHERE c.name = 'Integrationsrat Bonn'", Committee.class)
                .getSingleResult();
        Instant started = now.minus(110, ChronoUnit.DAYS);
        Project project = new Project(
                new ProjectOrigin(ayse.id(), bonn.id(), ayse.organisationId(), null, null),
                new ProjectDetails(
                        "Bank und Beet am Rheinufer",
                        "Die Wiese hinter dem Bürgerhaus Beuel, am Rheinufer",
                        "Die Wiese ist ungenutzt und voller Müll; es gibt keinen Ort, an dem sich Nachbarn treffen.",
                        "Familien aus den Wohnblöcken, ältere Nachbarn, die Kinder der Grundschule",
                        "Frauen-Café (neu im Ort) laden ein\nKleingartenverein (schon lange hier) bringt Werkzeug mit",
                        "Frauen-Café: Botschafterinnen\nKleingartenverein: Experten für Beete",
                        "1. Ortstermin mit dem Grünflächenamt – Ayşe und Tarek\n2. Pflanzaktion – alle\n3. Einweihungsfest",
                        "Zwei Bänke, drei Beete, ein Fest mit 40 Leuten.\nMan grüßt sich auf der Straße."),
                started);
        project.join(tarek.id(), ProjectRole.AMBASSADOR, started);
        project.join(marta.id(), ProjectRole.EXPERT, started.plus(3, ChronoUnit.DAYS));
        project.describeParticipant(tarek.id(), Residence.LONG_HERE);
        project.describeParticipant(marta.id(), Residence.NEW_HERE);
        project.changeStatus(ProjectStatus.PLANNING, today.minusDays(105));
        project.changeStatus(ProjectStatus.RUNNING, today.minusDays(100));
        project.post(
                tarek.id(),
                "Das Grünflächenamt ist einverstanden. Pflanzaktion am Samstag, Werkzeug bringt der Kleingartenverein.",
                List.of(),
                now.minus(90, ChronoUnit.DAYS));
        em.persist(project);
    }

    private static Account account(EntityManager em, String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email)
                .getSingleResult();
    }
}
