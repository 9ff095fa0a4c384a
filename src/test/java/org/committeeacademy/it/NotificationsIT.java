package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications end to end on the test server, which has no mail server configured: a change is mailed into the
 * outbox right after it is committed, in the recipient's language, and only admins read the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    static final String DEMO_PASSWORD = "demo-password-2027";
    static final String PASSWORD = "eine-lange-Passphrase-2027";
    static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @ArquillianResource
    private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void client() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
    }

    @Test
    void enrolmentsAndACancelledCourseAreMailedToTheOutboxInEachPersonsLanguage() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String anna = newAccount("anna-" + run, "Anna <Smith>", "en");
        String bernd = newAccount("bernd-" + run, "Bernd Müller", "de");
        String title = "Benachrichtigungstest " + run;
        long cohort = newCohort(title, 1);
        assertEquals("CONFIRMED", enrol(cohort, anna));
        assertEquals("WAITLISTED", enrol(cohort, bernd));
        OutboxPages admin = OutboxPages.asAdmin(base.toURI());

        String confirmed = admin.mail(admin.awaitMails(anna, 1).get(0));
        assertTrue(confirmed.contains("Enrolment confirmed: " + title), confirmed);
        assertTrue(confirmed.contains("Dear Anna &lt;Smith&gt;,"), "the text, escaped on the page");
        assertTrue(confirmed.contains("srcdoc=\""), "the HTML in a frame");
        assertTrue(confirmed.contains("sandbox=\"\""), "a frame without scripts");
        assertTrue(confirmed.contains("Anna &amp;lt;Smith&amp;gt;"), "escaped in the mail and again in the frame");
        assertFalse(confirmed.contains("<Smith>"), "never raw");

        String waiting = admin.mail(admin.awaitMails(bernd, 1).get(0));
        assertTrue(waiting.contains("Auf der Warteliste: " + title), waiting);
        assertTrue(waiting.contains("Platz 1"), waiting);

        HttpResponse<String> cancelled =
                http.postJson("/api/v1/cohorts/" + cohort + "/cancel", "{}", "Authorization", STAFF);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertTrue(admin.mail(admin.awaitMails(bernd, 2).get(0)).contains("Kurs abgesagt: " + title));
        assertTrue(admin.mail(admin.awaitMails(anna, 2).get(0)).contains("Course cancelled: " + title));
    }

    @Test
    void theOutboxListsNewestFirstPageByPageByStatusAndOnlyAdminsSeeIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String carla = newAccount("carla-" + run, "Carla Rossi", "de");
        enrol(newCohort("Statusfilter " + run, 3), carla);
        enrol(newCohort("Zweiter Kurs " + run, 3), carla);
        enrol(newCohort("Dritter Kurs " + run, 3), carla);
        OutboxPages admin = OutboxPages.asAdmin(base.toURI());
        List<Long> all = admin.awaitMails(carla, 3);
        long id = all.get(0);
        assertEquals(all.stream().sorted(java.util.Comparator.reverseOrder()).toList(), all, "newest first");
        String list = "/admin/outbox.xhtml?recipient=" + carla;
        assertEquals(all, admin.page(admin.get(list).body(), list, 0, 25), "the paginator keeps the filter");

        assertEquals(
                all,
                OutboxPages.ids(admin.get("/admin/outbox.xhtml?status=HELD&recipient=" + carla)
                        .body()));
        assertEquals(
                List.of(),
                OutboxPages.ids(admin.get("/admin/outbox.xhtml?status=SENT&recipient=" + carla)
                        .body()));
        assertEquals(404, admin.get("/admin/outbox-message.xhtml?id=999999999").statusCode());

        Http member = new Http(base.toURI());
        member.formLogin("member@example.org", DEMO_PASSWORD);
        assertEquals(403, member.get("/admin/outbox.xhtml").statusCode());
        assertEquals(403, member.get("/admin/outbox-message.xhtml?id=" + id).statusCode());
    }

    @Test
    void trainersWriteToTheirCohortAndMembersReadItAtHomeAndByMailUnlessTheyTurnedItOff() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String dora = newAccount("dora-" + run, "Dora Klein", "de");
        String fritz = newAccount("fritz-" + run, "Fritz Lang", "de");
        String erik = newAccount("erik-" + run, "Erik Berg", "en");
        HttpResponse<String> me =
                new Http(base.toURI()).get("/api/v1/me", "Authorization", basic("trainer@example.org", DEMO_PASSWORD));
        long trainer = Http.json(me).getJsonNumber("id").longValue();
        String title = "Nachrichtentest " + run;
        long cohort = newCohort(title, 2, ", \"trainerIds\": [" + trainer + "]");
        String detail =
                http.get("/api/v1/cohorts/" + cohort, "Authorization", STAFF).body();
        assertTrue(detail.contains("Leyla Demir"), me.body() + " → " + detail);
        enrol(cohort, dora);
        enrol(cohort, fritz);
        assertEquals("WAITLISTED", enrol(cohort, erik));
        Http fritzPages = new Http(base.toURI());
        fritzPages.formLogin(fritz, PASSWORD);
        String settings = fritzPages.get("/member/notifications.xhtml").body();
        HttpResponse<String> saved = fritzPages.submit(
                settings,
                "/member/notifications.xhtml",
                Map.of("settings", "settings", "settings:received", "SESSION_REMINDERS", "settings:save", ""));
        assertEquals(200, saved.statusCode(), saved.body());
        String reloaded = fritzPages.get("/member/notifications.xhtml").body();
        assertEquals(1, reloaded.split("checked=\"checked\"", -1).length - 1, "only reminders stay on");

        Http other = new Http(base.toURI());
        other.formLogin("jonas.becker@example.org", DEMO_PASSWORD);
        assertEquals(404, other.get("/team/messages.xhtml?cohort=" + cohort).statusCode(), "not his cohort");
        Http trainerPages = new Http(base.toURI());
        trainerPages.formLogin("trainer@example.org", DEMO_PASSWORD);
        String path = "/team/messages.xhtml?cohort=" + cohort;
        String composing = trainerPages.get(path).body();
        HttpResponse<String> preview = trainerPages.submit(
                composing,
                path,
                Map.of(
                        "compose", "compose",
                        "compose:audience", "ALL_CONFIRMED",
                        "compose:subject", "Bitte <mitbringen>",
                        "compose:text", "Stifte\nund Papier",
                        "compose:preview", ""));
        assertTrue(preview.body().contains("id=\"recipientCount\""), preview.body());
        assertTrue(preview.body().contains(" 2 "), "two confirmed members");
        HttpResponse<String> sent =
                trainerPages.submit(preview.body(), path, Map.of("compose", "compose", "compose:send", ""));
        assertTrue(sent.body().contains("Bitte &lt;mitbringen&gt;"), sent.body());

        OutboxPages admin = OutboxPages.asAdmin(base.toURI());
        // the message and the enrolment's mail, in either order: the mails about changes wait until they settle
        List<Long> doraMails = admin.awaitMails(dora, 2);
        assertTrue(
                doraMails.stream().map(admin::mail).anyMatch(m -> m.contains("Bitte &lt;mitbringen&gt; – " + title)),
                "the trainer's message reached Dora");
        // Fritz's and Erik's enrolment mails are there (Erik enrolled last): what else they have is the message
        admin.awaitMails(fritz, 1);
        admin.awaitMails(erik, 1);
        assertEquals(
                1,
                OutboxPages.ids(admin.get("/admin/outbox.xhtml?recipient=" + fritz)
                                .body())
                        .size(),
                "turned off");
        assertEquals(
                1,
                OutboxPages.ids(admin.get("/admin/outbox.xhtml?recipient=" + erik)
                                .body())
                        .size(),
                "not addressed");
        assertTrue(fritzPages.get("/member/home.xhtml").body().contains("Bitte &lt;mitbringen&gt;"));
        Http erikPages = new Http(base.toURI());
        erikPages.formLogin(erik, PASSWORD);
        assertFalse(erikPages.get("/member/home.xhtml").body().contains("mitbringen"));
    }

    String newAccount(String local, String name, String language) {
        String email = local + "@example.org";
        HttpResponse<String> created = http.postJson(
                "/api/v1/accounts", """
                {"email": "%s", "name": "%s", "password": "%s", "roles": ["MEMBER"], "language": "%s"}""".formatted(email, name, PASSWORD, language), "Authorization", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    String enrol(long cohort, String email) {
        HttpResponse<String> answer = http.postJson(
                "/api/v1/cohorts/" + cohort + "/enrolments", "{}", "Authorization", basic(email, PASSWORD));
        assertEquals(201, answer.statusCode(), answer.body());
        return Http.json(answer).getString("status");
    }

    long newCohort(String title, int capacity) {
        return newCohort(title, capacity, "");
    }

    long newCohort(String title, int capacity, String extra) {
        long series = Http.parse(http.get("/api/v1/series").body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long venue = Http.parse(
                        http.get("/api/v1/venues", "Authorization", STAFF).body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "%s", "capacity": %d, "status": "OPEN",
                 "enrolmentOpens": "%s", "enrolmentCloses": "%s" %s}""".formatted(series, venue, title, capacity, TODAY.minusDays(1), TODAY.plusDays(30), extra),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }
}
