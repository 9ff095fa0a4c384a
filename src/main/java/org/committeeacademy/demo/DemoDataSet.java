package org.committeeacademy.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortFormat;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.SessionPlan;
import org.committeeacademy.cohort.domain.TimeSlot;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.Roster;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.PasswordHasher;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.organisation.domain.OrganisationDetails;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.Equipment;
import org.committeeacademy.venue.domain.Room;
import org.committeeacademy.venue.domain.Venue;
import org.committeeacademy.venue.domain.VenueDetails;

/**
 * The demo data set: the four demo accounts of the API contract plus members, a second trainer and the staff of VHS
 * Köln ({@code staff@example.org} works for VHS Bonn), the series with its three core modules (from the curriculum),
 * two organisations with one venue each, and three cohorts — one running with a session today, one open for enrolment with
 * free seats, one completed.
 */
public class DemoDataSet {

    public static final String DEMO_PASSWORD = "demo-password-2027";
    /**
     * {@link #DEMO_PASSWORD} hashed once with {@link PasswordHasher} (PBKDF2, 210,000 iterations; DemoDataSetTest
     * checks that it verifies). PBKDF2 is slow on purpose, and hashing the published demo password anew at every first
     * start cost about a second of a cold JVM; accounts opened in the application each get their own salt.
     */
    static final String DEMO_PASSWORD_HASH = "pbkdf2-sha512$210000$7Ob+S2ArBAfPoyiIb/4W0w$"
            + "Vu89w6MvBBO1BWnBAD988c4ZXQ/D2Ic+jRpWaHAhby3KzBTMGcvAnS1xhAI+pRbmAjQkX6HKKnorHUecyeI9+w";

    static final String SERIES_KEY = "integration-committees";

    public void load(EntityManager em, LocalDate today, Instant now) {
        Organisation vhsBonn = new Organisation(new OrganisationDetails(
                "VHS Bonn",
                "Bonn",
                "Mülheimer Platz 1, 53111 Bonn",
                "Datenschutz der VHS Bonn, datenschutz@vhs-bonn.example",
                "kurse@vhs-bonn.example",
                "#0b5394"));
        Organisation vhsKoeln = new Organisation(new OrganisationDetails(
                "VHS Köln",
                "Köln",
                "Cäcilienstraße 29–33, 50667 Köln",
                "Datenschutz der VHS Köln, datenschutz@vhs-koeln.example",
                "kurse@vhs-koeln.example",
                "#a61c3c"));
        em.persist(vhsBonn);
        em.persist(vhsKoeln);
        em.flush();
        Map<String, Account> accounts = accounts(now);
        accounts.get("staff@example.org").belongTo(vhsBonn.id());
        accounts.get("staff-koeln@example.org").belongTo(vhsKoeln.id());
        // members belong to the VHS that looks after them: most to Bonn, the two who take the Köln course to Köln;
        // trainers teach for both and belong to none
        accounts.values().stream()
                .filter(a -> a.roles().equals(EnumSet.of(Role.MEMBER)))
                .forEach(a -> a.belongTo(KOELN_MEMBERS.contains(a.email()) ? vhsKoeln.id() : vhsBonn.id()));
        accounts.values().forEach(em::persist);
        Series series = series(em);
        Venue bonn = new Venue(
                vhsBonn.id(),
                new VenueDetails(
                        "VHS Bonn – Haus der Bildung",
                        "Mülheimer Platz 1",
                        "53111",
                        "Bonn",
                        "Sabine Krüger",
                        "integration@vhs-bonn.example",
                        "0228 77-3333",
                        "Mo–Fr 8–21 Uhr, Sa 9–17 Uhr; Anmeldung im Erdgeschoss",
                        "Bonn Hbf, dann 5 Minuten zu Fuß; Bus 600 bis Bertha-von-Suttner-Platz",
                        new Accessibility(true, true, true, "Aufzug am Eingang Bottlerplatz")));
        Room b06 = bonn.addRoom("B06", 12, new Equipment(true, true, true, "Moderationskoffer im Schrank"));
        bonn.addRoom("Raum 2.14", 20, new Equipment(true, false, true, null));
        Venue koeln = new Venue(
                vhsKoeln.id(),
                new VenueDetails(
                        "VHS Köln – Forum am Neumarkt",
                        "Cäcilienstraße 29–33",
                        "50667",
                        "Köln",
                        "Mehmet Aydın",
                        "forum@vhs-koeln.example",
                        "0221 221-0",
                        "Mo–Fr 9–20 Uhr",
                        "Neumarkt (U-Bahn 1, 3, 4, 7, 9, 16, 18), 2 Minuten zu Fuß",
                        new Accessibility(true, true, false, null)));
        Room forum = koeln.addRoom("Seminarraum 3.07", 10, new Equipment(true, true, true, null));
        koeln.addRoom("Raum 1.01", 24, new Equipment(false, true, true, null));
        em.persist(bonn);
        em.persist(koeln);
        em.flush();

        Account trainer = accounts.get("trainer@example.org");
        Account trainer2 = accounts.get("jonas.becker@example.org");
        Account staff = accounts.get("staff@example.org");
        List<Account> members = accounts.values().stream()
                .filter(a -> a.roles().equals(EnumSet.of(Role.MEMBER)))
                .toList();

        Cohort running = cohort(series, bonn, "Bonn – Samstagsreihe", today.minusDays(60), today.minusDays(14));
        running.assignTrainers(List.of(trainer, trainer2));
        scheduleWeekly(running, series, b06, today.minusDays(7));
        running.changeStatus(CohortStatus.OPEN);
        em.persist(running);
        enrol(em, running, members.subList(0, 9), staff, now);
        running.changeStatus(CohortStatus.RUNNING);

        Cohort open = cohort(series, koeln, "Köln – Frühjahrskurs", today.minusDays(10), today.plusDays(28));
        open.assignTrainers(List.of(trainer2));
        scheduleWeekly(open, series, forum, today.plusDays(35));
        open.changeStatus(CohortStatus.OPEN);
        em.persist(open);
        enrol(em, open, members.subList(8, 10), accounts.get("staff-koeln@example.org"), now);

        Cohort completed = cohort(series, bonn, "Bonn – Sommerkurs", today.minusDays(150), today.minusDays(100));
        completed.assignTrainers(List.of(trainer));
        scheduleWeekly(completed, series, b06, today.minusDays(90));
        completed.changeStatus(CohortStatus.OPEN);
        em.persist(completed);
        enrol(em, completed, List.of(members.get(0), members.get(7), members.get(8), members.get(9)), staff, now)
                .forEach(e -> e.complete(trainer, now));
        completed.changeStatus(CohortStatus.RUNNING);
        completed.changeStatus(CohortStatus.COMPLETED);
        DemoWorksheets.load(em, today, now);
        DemoUnits.load(em, now);
        DemoNotifications.pastChangesNotified(em, open, now);
        DemoAttendance.load(em, today, now);
        DemoProfiles.load(em, today, now);
        DemoProjects.load(em, today, now);
        DemoAccounts.load(em, today, now);
        DemoSurveys.load(em, today);
    }

    /** Through the roster, as staff would: seats first, then the waiting list; the seat book stays right. */
    private static List<Enrolment> enrol(
            EntityManager em, Cohort cohort, List<Account> people, Account staff, Instant now) {
        Roster roster = new Roster(cohort, List.of());
        people.forEach(member -> roster.enrolOnBehalf(member, staff, now));
        roster.created().forEach(em::persist);
        return roster.created();
    }

    private static final java.util.Set<String> KOELN_MEMBERS =
            java.util.Set.of("dragan.petrovic@example.org", "lina.schmidt@example.org");

    private Map<String, Account> accounts(Instant now) {
        Map<String, Object[]> people = new LinkedHashMap<>();
        people.put("admin@example.org", new Object[] {"Petra Adler", EnumSet.of(Role.ADMIN), Language.DE});
        people.put("staff@example.org", new Object[] {"Stefan Vogel", EnumSet.of(Role.STAFF), Language.DE});
        people.put(
                "coordinator@example.org", new Object[] {"Miriam Okafor", EnumSet.of(Role.COORDINATOR), Language.DE});
        people.put("trainer@example.org", new Object[] {"Leyla Demir", EnumSet.of(Role.TRAINER), Language.DE});
        people.put("jonas.becker@example.org", new Object[] {"Jonas Becker", EnumSet.of(Role.TRAINER), Language.DE});
        people.put("member@example.org", new Object[] {"Ayşe Yılmaz", EnumSet.of(Role.MEMBER), Language.DE});
        people.put(
                "olena.kovalenko@example.org", new Object[] {"Olena Kovalenko", EnumSet.of(Role.MEMBER), Language.EN});
        people.put("samuel.mensah@example.org", new Object[] {"Samuel Mensah", EnumSet.of(Role.MEMBER), Language.EN});
        people.put(
                "fatima.elamrani@example.org", new Object[] {"Fatima El Amrani", EnumSet.of(Role.MEMBER), Language.DE});
        people.put(
                "nikos.papadopoulos@example.org",
                new Object[] {"Nikos Papadopoulos", EnumSet.of(Role.MEMBER), Language.DE});
        people.put("marta.nowak@example.org", new Object[] {"Marta Nowak", EnumSet.of(Role.MEMBER), Language.DE});
        people.put("tarek.hassan@example.org", new Object[] {"Tarek Hassan", EnumSet.of(Role.MEMBER), Language.DE});
        people.put("hoa.nguyen@example.org", new Object[] {"Hoa Nguyen", EnumSet.of(Role.MEMBER), Language.DE});
        people.put(
                "dragan.petrovic@example.org", new Object[] {"Dragan Petrović", EnumSet.of(Role.MEMBER), Language.EN});
        people.put("lina.schmidt@example.org", new Object[] {"Lina Schmidt", EnumSet.of(Role.MEMBER), Language.DE});
        people.put("staff-koeln@example.org", new Object[] {"Katrin Odenthal", EnumSet.of(Role.STAFF), Language.DE});
        // The demo accounts share one published password, so they share one hash, computed once (DEMO_PASSWORD_HASH)
        String demoHash = DEMO_PASSWORD_HASH;
        Map<String, Account> accounts = new LinkedHashMap<>();
        people.forEach((email, p) -> {
            @SuppressWarnings("unchecked")
            Set<Role> roles = (Set<Role>) p[1];
            accounts.put(email, new Account(email, (String) p[0], (Language) p[2], demoHash, roles, now));
        });
        return accounts;
    }

    /** The series comes from the curriculum (modules/), which the curriculum loader puts into the database first. */
    private static Series series(EntityManager em) {
        return em.createQuery("SELECT s FROM Series s WHERE s.key = :key", Series.class)
                .setParameter("key", SERIES_KEY)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Load the curriculum before the demo data"));
    }

    private static Cohort cohort(Series series, Venue venue, String title, LocalDate opens, LocalDate closes) {
        return new Cohort(
                series,
                venue,
                new CohortPlan(
                        title,
                        Cohort.DEFAULT_CAPACITY,
                        CohortFormat.IN_PERSON,
                        Language.DE,
                        BigDecimal.ZERO,
                        opens,
                        closes,
                        closes,
                        false,
                        null));
    }

    /** One session per module, a week apart, 10:00–16:00 as in the real series. */
    private static void scheduleWeekly(Cohort cohort, Series series, Room room, LocalDate firstDay) {
        LocalDate day = firstDay;
        for (Module module : series.modules()) {
            TimeSlot slot = new TimeSlot(day.atTime(LocalTime.of(10, 0)), day.atTime(LocalTime.of(16, 0)));
            cohort.schedule(new SessionPlan(module, slot, room, null, Set.of()), List.of());
            day = day.plusDays(7);
        }
    }
}
