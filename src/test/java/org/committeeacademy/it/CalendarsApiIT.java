package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions as iCalendar: who may fetch a cohort's calendar, the personal feed behind a secret address (and its
 * renewal), and a session that moves and is cancelled keeping its UID with a growing SEQUENCE. Books its own
 * cohort 600–700 days ahead, which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarsApiIT {

    private static final String PASSWORD = "demo-password-2027";
    private static final String STAFF = basic("staff@example.org", PASSWORD);
    private static final String MEMBER = basic("member@example.org", PASSWORD);
    private static final String TRAINER = basic("trainer@example.org", PASSWORD);

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
    void aCohortsCalendarIsForItsSeatedMembersItsTrainersAndStaffOnly() throws Exception {
        long bonn = bonn();
        for (String auth : List.of(MEMBER, TRAINER, STAFF)) {
            HttpResponse<String> answer = http.get("/api/v1/cohorts/" + bonn + "/calendar.ics", "Authorization", auth);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            Calendar calendar = valid(answer.body());
            assertFalse(calendar.getComponents("VEVENT").isEmpty());
        }
        String waiting = unseatedInBonn();
        assertEquals(
                404,
                http.get("/api/v1/cohorts/" + bonn + "/calendar.ics", "Authorization", waiting)
                        .statusCode());
        assertEquals(401, http.get("/api/v1/cohorts/" + bonn + "/calendar.ics").statusCode());
        assertEquals(
                404,
                http.get("/api/v1/cohorts/999999/calendar.ics", "Authorization", STAFF)
                        .statusCode());
    }

    @Test
    void thePersonalFeedNeedsNoLoginAndARenewedAddressReplacesTheOld() throws Exception {
        String first = Http.json(http.get("/api/v1/me/calendar-feed", "Authorization", MEMBER))
                .getString("url");
        assertEquals(
                first,
                Http.json(http.get("/api/v1/me/calendar-feed", "Authorization", MEMBER))
                        .getString("url"));

        HttpResponse<String> feed = http.get(path(first));
        assertEquals(200, feed.statusCode(), feed.body());
        Calendar calendar = valid(feed.body());
        assertTrue(
                summaries(calendar).stream().anyMatch(s -> s.startsWith("Bonn – Samstagsreihe")),
                summaries(calendar).toString());

        HttpResponse<String> renewed = http.postJson("/api/v1/me/calendar-feed/renew", "", "Authorization", MEMBER);
        assertEquals(200, renewed.statusCode(), renewed.body());
        String second = Http.json(renewed).getString("url");
        assertFalse(first.equals(second));
        assertEquals(404, http.get(path(first)).statusCode(), "the old address stops working");
        assertEquals(200, http.get(path(second)).statusCode());
        assertEquals(
                404,
                http.get("/api/v1/calendar-feeds/" + "A".repeat(43) + ".ics").statusCode());
        assertEquals(404, http.get("/api/v1/calendar-feeds/nonsense.ics").statusCode());
    }

    @Test
    void aMovedAndThenCancelledSessionKeepsItsUidWithAGrowingSequence() throws Exception {
        long[] created = cohortWithOneSession("");
        long cohortId = created[0];
        long sessionId = created[1];
        JsonObject first = Http.json(http.get("/api/v1/cohorts/" + cohortId, "Authorization", STAFF))
                .getJsonArray("sessions")
                .getJsonObject(0);
        String module = first.getString("moduleKey");
        long room = first.getJsonNumber("roomId").longValue();
        LocalDate day = OffsetDateTime.parse(first.getString("start")).toLocalDate();

        VEvent before = onlyEvent(cohortId);
        assertEquals("0", value(before, Property.SEQUENCE));

        HttpResponse<String> moved = http.putJson(
                "/api/v1/sessions/" + sessionId, session(module, day, "14:00", "17:00", room), "Authorization", STAFF);
        assertEquals(200, moved.statusCode(), moved.body());
        VEvent after = onlyEvent(cohortId);
        assertEquals(value(before, Property.UID), value(after, Property.UID));
        assertEquals("1", value(after, Property.SEQUENCE));
        assertFalse(value(before, Property.DTSTART).equals(value(after, Property.DTSTART)));

        assertEquals(
                200,
                http.postJson("/api/v1/sessions/" + sessionId + "/cancel", "", "Authorization", STAFF)
                        .statusCode());
        VEvent cancelled = onlyEvent(cohortId);
        assertEquals(value(before, Property.UID), value(cancelled, Property.UID));
        assertEquals("2", value(cancelled, Property.SEQUENCE));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
    }

    @Test
    void theCalendarPageShowsTheAddressAndOffersDownloadsToSignedInPeopleOnly() throws Exception {
        assertEquals(302, http.get("/account/calendar.xhtml").statusCode(), "anonymous people are sent to log in");
        Http page = new Http(base.toURI());
        assertEquals(302, page.formLogin("member@example.org", PASSWORD).statusCode());

        HttpResponse<String> calendar = page.get("/account/calendar.xhtml");
        assertEquals(200, calendar.statusCode());
        String feed = Http.json(http.get("/api/v1/me/calendar-feed", "Authorization", MEMBER))
                .getString("url");
        assertTrue(calendar.body().contains(path(feed)), "the page shows the current feed address");
        assertTrue(calendar.body().contains("id=\"coming-heading\""), "the page lists the coming dates (issue 24)");
        assertTrue(
                calendar.body().contains("class=\"coming-date")
                        || calendar.body().contains("id=\"noComingDates\""),
                "each coming date as an entry, or the empty state");

        HttpResponse<String> mine = page.get("/account/calendar.ics");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        valid(mine.body());
        assertEquals(200, page.get("/account/calendar.ics?cohort=" + bonn()).statusCode());
        assertEquals(404, page.get("/account/calendar.ics?cohort=999999").statusCode());
        assertEquals(404, page.get("/account/calendar.ics?cohort=abc").statusCode());
    }

    @Test
    void mailsCarryTheInvitationItsUpdateAndItsCancellation() throws Exception {
        String email = "kalender-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> account = http.postJson("/api/v1/accounts", """
                {"email": "%s", "name": "Kalender Person", "password": "ein-langes-passwort", "roles": ["MEMBER"]}""".formatted(email), "Authorization", STAFF);
        assertEquals(201, account.statusCode(), account.body());
        long memberId = Http.json(account).getJsonNumber("id").longValue();
        long[] cohortAndSession = cohortWithOneSession(", \"status\": \"OPEN\", \"enrolmentOpens\": \""
                + LocalDate.now().minusDays(1) + "\", \"enrolmentCloses\": \""
                + LocalDate.now().plusDays(30) + "\"");
        HttpResponse<String> enrolled = http.postJson(
                "/api/v1/cohorts/" + cohortAndSession[0] + "/enrolments",
                "{\"memberId\": " + memberId + "}",
                "Authorization",
                STAFF);
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        OutboxPages admin = OutboxPages.asAdmin(base.toURI());
        assertTrue(admin.mail(admin.awaitMails(email, 1).get(0)).contains("termine.ics"), "the invitation");

        String session = "/api/v1/sessions/" + cohortAndSession[1];
        JsonObject before = Http.json(http.get("/api/v1/cohorts/" + cohortAndSession[0], "Authorization", STAFF));
        String module = before.getJsonArray("sessions").getJsonObject(0).getString("moduleKey");
        long room = before.getJsonArray("sessions")
                .getJsonObject(0)
                .getJsonNumber("roomId")
                .longValue();
        LocalDate day = OffsetDateTime.parse(
                        before.getJsonArray("sessions").getJsonObject(0).getString("start"))
                .toLocalDate();
        assertEquals(
                200,
                http.putJson(session, session(module, day, "15:00", "18:00", room), "Authorization", STAFF)
                        .statusCode());
        assertTrue(admin.mail(admin.awaitMails(email, 2).get(0)).contains("termine.ics"), "the update");
        assertEquals(
                200,
                http.postJson(session + "/cancel", "", "Authorization", STAFF).statusCode());
        assertTrue(admin.mail(admin.awaitMails(email, 3).get(0)).contains("termine.ics"), "the cancellation");
    }

    /** A cohort of its own with one session 600–700 days ahead in Raum 2.14; extra JSON for the cohort. */
    private long[] cohortWithOneSession(String extra) {
        DemoApi demo = new DemoApi(http);
        JsonObject bonn = demo.venue(DemoApi.BONN);
        long cohortId = demo.cohort("Kalender-Kurs", bonn.getJsonNumber("id").longValue(), extra);
        long sessionId = demo.sessionOnAFreeDay(
                cohortId, demo.module(0), 600, 100, "10:00", "13:00", DemoApi.roomId(bonn, DemoApi.BONN_ROOM));
        return new long[] {cohortId, sessionId};
    }

    private VEvent onlyEvent(long cohortId) throws Exception {
        HttpResponse<String> answer = http.get("/api/v1/cohorts/" + cohortId + "/calendar.ics", "Authorization", STAFF);
        assertEquals(200, answer.statusCode(), answer.body());
        List<VEvent> events = valid(answer.body()).getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String session(String module, LocalDate day, String from, String to, long room) {
        return DemoApi.session(module, day, from, to, String.valueOf(room));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static List<String> summaries(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> value(e, Property.SUMMARY))
                .toList();
    }

    private long bonn() {
        return Http.parse(http.get("/api/v1/me/enrolments", "Authorization", MEMBER)
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("cohortTitle").equals("Bonn – Samstagsreihe"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("cohortId")
                .longValue();
    }

    /** A demo member without a confirmed place in the Bonn cohort (waiting there, or enrolled elsewhere). */
    private String unseatedInBonn() {
        return List.of("lina.schmidt@example.org", "dragan.petrovic@example.org", "hoa.nguyen@example.org").stream()
                .map(email -> basic(email, PASSWORD))
                .filter(auth -> Http.parse(http.get("/api/v1/me/enrolments", "Authorization", auth)
                                .body())
                        .asJsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(e -> e.getString("cohortTitle").equals("Bonn – Samstagsreihe")
                                && List.of("CONFIRMED", "COMPLETED").contains(e.getString("status"))))
                .findFirst()
                .orElseThrow();
    }

    private String path(String url) throws Exception {
        return new java.net.URI(url).getPath();
    }

    /** Parses with ical4j and checks the calendar against RFC 5545 and 5546. */
    private static Calendar valid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result + "\n" + ics);
        return calendar;
    }
}
