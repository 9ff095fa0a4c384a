package org.committeeacademy.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeKind;
import org.committeeacademy.committee.domain.CommitteeMembership;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.profile.domain.CommitteeRole;
import org.committeeacademy.profile.domain.Consent;
import org.committeeacademy.profile.domain.ConsentKind;
import org.committeeacademy.profile.domain.InterestEntry;
import org.committeeacademy.profile.domain.Profile;
import org.committeeacademy.profile.domain.ProfileDetails;
import org.committeeacademy.profile.domain.TalentVisibility;
import org.committeeacademy.profile.domain.TextVersions;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.venue.domain.Venue;

/**
 * Profiles for the demo: each member with a municipality, a committee and a role in it. member@example.org and
 * tarek.hassan@example.org are confirmed members of the Integrationsrat Bonn, so the goal member@example.org shares
 * shows on Tarek's "Meine Ziele"; the others sit on committees of their own, and lina.schmidt@example.org's request
 * waits for staff; member@example.org with an accessibility need and talents under consent; every demo
 * account has read the current privacy notice; two confirmed interest entries wait for a new course in Bonn.
 */
final class DemoProfiles {

    /** Member, municipality, committee, role in it. */
    private static final List<String[]> MEMBERS = List.of(
            new String[] {"member@example.org", "Bonn", "Integrationsrat Bonn", "ELECTED"},
            new String[] {"olena.kovalenko@example.org", "Siegburg", "Integrationsrat Siegburg", "APPOINTED_EXPERT"},
            new String[] {"samuel.mensah@example.org", "Troisdorf", "Integrationsrat Troisdorf", "DEPUTY"},
            new String[] {"fatima.elamrani@example.org", "Königswinter", "Integrationsausschuss Königswinter", "ELECTED"
            },
            new String[] {"nikos.papadopoulos@example.org", "Bornheim", "Integrationsrat Bornheim", "OTHER"},
            new String[] {"marta.nowak@example.org", "Hennef", "Integrationsrat Hennef", "APPOINTED_EXPERT"},
            new String[] {"tarek.hassan@example.org", "Bonn", "Integrationsrat Bonn", "ELECTED"},
            new String[] {"hoa.nguyen@example.org", "Leverkusen", "Integrationsrat Leverkusen", "DEPUTY"},
            new String[] {"dragan.petrovic@example.org", "Köln-Porz", "Integrationsrat Köln", "ELECTED"},
            new String[] {
                "lina.schmidt@example.org",
                "Frechen",
                "Ausschuss für Chancengerechtigkeit und Integration Frechen",
                "OTHER"
            });

    /** Name, municipality, official municipality code (AGS), kind. */
    private static final List<String[]> COMMITTEES = List.of(
            new String[] {"Integrationsrat Bonn", "Bonn", "05314000", "INTEGRATIONSRAT"},
            new String[] {"Integrationsrat Siegburg", "Siegburg", "05382056", "INTEGRATIONSRAT"},
            new String[] {"Integrationsrat Troisdorf", "Troisdorf", "05382068", "INTEGRATIONSRAT"},
            new String[] {"Integrationsausschuss Königswinter", "Königswinter", "05382032", "INTEGRATIONSAUSSCHUSS"},
            new String[] {"Integrationsrat Bornheim", "Bornheim", "05382012", "INTEGRATIONSRAT"},
            new String[] {"Integrationsrat Hennef", "Hennef (Sieg)", "05382024", "INTEGRATIONSRAT"},
            new String[] {"Integrationsrat Leverkusen", "Leverkusen", "05316000", "INTEGRATIONSRAT"},
            new String[] {"Integrationsrat Köln", "Köln", "05315000", "INTEGRATIONSRAT"},
            new String[] {
                "Ausschuss für Chancengerechtigkeit und Integration Frechen",
                "Frechen",
                "05362020",
                "AUSSCHUSS_CHANCENGERECHTIGKEIT"
            });

    /** Asked to join and waits for staff: the request on the staff's committees page. */
    private static final String REQUESTING = "lina.schmidt@example.org";

    private DemoProfiles() {}

    static void load(EntityManager em, LocalDate today, Instant now) {
        em.flush();
        Map<String, Long> committees = new HashMap<>();
        for (String[] c : COMMITTEES) {
            Committee committee = new Committee(c[0], c[1], c[2], CommitteeKind.valueOf(c[3]));
            em.persist(committee);
            em.flush();
            committees.put(c[0], committee.id());
        }
        for (String[] m : MEMBERS) {
            Account account = account(em, m[0]);
            Profile profile = new Profile(account.id(), now);
            profile.describe(new ProfileDetails(m[1], CommitteeRole.valueOf(m[3]), null, null, null, null), now);
            if (m[0].equals("member@example.org")) {
                profile.shareNeeds("Ich höre schlecht: bitte vorne sitzen lassen und die Höranlage einschalten.", true);
                profile.offerTalents(
                        "Moderation von Bürgerversammlungen; Erfahrung mit Förderanträgen",
                        "Türkisch, Deutsch",
                        TalentVisibility.COHORT,
                        true);
                em.persist(new Consent(
                        account.id(), ConsentKind.ACCESSIBILITY_NEEDS, TextVersions.ACCESSIBILITY_CONSENT, now));
                em.persist(new Consent(account.id(), ConsentKind.TALENTS, TextVersions.TALENTS_CONSENT, now));
            }
            em.persist(profile);
            long committee = committees.get(m[2]);
            em.persist(
                    m[0].equals(REQUESTING)
                            ? CommitteeMembership.requested(account.id(), committee, now)
                            : CommitteeMembership.confirmed(account.id(), committee, now));
        }
        em.createQuery("SELECT a FROM Account a", Account.class)
                .getResultList()
                .forEach(a ->
                        em.persist(new Consent(a.id(), ConsentKind.PRIVACY_NOTICE, TextVersions.PRIVACY_NOTICE, now)));
        Venue bonn = em.createQuery("SELECT v FROM Venue v WHERE v.name LIKE 'VHS Bonn%'", Venue.class)
                .getSingleResult();
        interest(
                em,
                bonn,
                "petra.schulz@example.net",
                "Petra Schulz",
                Language.DE,
                java.util.UUID.randomUUID().toString(),
                now);
        interest(
                em,
                bonn,
                "daniel.okafor@example.net",
                "Daniel Okafor",
                Language.EN,
                java.util.UUID.randomUUID().toString(),
                now);
    }

    private static void interest(
            EntityManager em, Venue venue, String email, String name, Language language, String token, Instant now) {
        InterestEntry entry = new InterestEntry(venue.id(), email, name, language, token, now);
        entry.confirm(now);
        em.persist(entry);
    }

    private static Account account(EntityManager em, String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :e", Account.class)
                .setParameter("e", email)
                .getSingleResult();
    }
}
