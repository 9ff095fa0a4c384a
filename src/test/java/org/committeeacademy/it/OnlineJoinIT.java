package org.committeeacademy.it;

import static org.committeeacademy.it.AttendanceFixture.ADMIN;
import static org.committeeacademy.it.AttendanceFixture.BERLIN;
import static org.committeeacademy.it.AttendanceFixture.DEMO_PASSWORD;
import static org.committeeacademy.it.AttendanceFixture.MEMBER_PASSWORD;
import static org.committeeacademy.it.AttendanceFixture.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Teilnehmen" on Payara Micro: a blended cohort of its own (a trainer of its own, one confirmed and one waiting
 * member) with an online session running now and one tomorrow. The button shows only to the confirmed member and the
 * trainer while the room is open, the room's link never leaves our server except as the join page's redirect, the
 * press is recorded and the attendance list proposes "present", which the trainer confirms.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineJoinIT {

    private static final String PASSWORD = MEMBER_PASSWORD;
    private static final Pattern CONFIRM_BUTTON = Pattern.compile("id=\"([^\"]*confirmJoined)\"");

    private static String run;
    private static String roomLink;
    private static long cohortId;
    private static long nowSession;
    private static long tomorrowSession;
    private static String trainerEmail;
    private static String confirmedEmail;
    private static long confirmedId;
    private static String waitingEmail;

    @ArquillianResource
    private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void fixture() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
        if (run != null) {
            return;
        }
        run = UUID.randomUUID().toString().substring(0, 8);
        roomLink = "https://bbb.example.org/b/raum-" + run;
        trainerEmail = "join-trainer-" + run + "@example.org";
        confirmedEmail = "join-member-" + run + "@example.org";
        waitingEmail = "join-waiting-" + run + "@example.org";
        long trainerId = account(trainerEmail, "TRAINER");
        confirmedId = account(confirmedEmail, "MEMBER");
        long waitingId = account(waitingEmail, "MEMBER");
        JsonObject series =
                Http.parse(http.get("/api/v1/series").body()).asJsonArray().getJsonObject(0);
        long venueId = Http.parse(
                        http.get("/api/v1/venues", "Authorization", STAFF).body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> cohort = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "Online-Raum %s", "capacity": 1, "format": "BLENDED", "trainerIds": [%d]}""".formatted(series.getJsonNumber("id").longValue(), venueId, run, trainerId),
                "Authorization",
                STAFF);
        assertEquals(201, cohort.statusCode(), cohort.body());
        cohortId = Http.json(cohort).getJsonNumber("id").longValue();
        String module = series.getJsonArray("modules").getJsonObject(0).getString("key");
        LocalDateTime now = LocalDateTime.now(BERLIN).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime start = now.minusMinutes(5);
        if (!start.toLocalDate().equals(now.toLocalDate())) {
            start = now.toLocalDate().atStartOfDay();
        }
        LocalDateTime end = start.plusHours(1);
        if (!end.toLocalDate().equals(start.toLocalDate())) {
            end = start.toLocalDate().atTime(23, 59);
        }
        nowSession = session(module, start, end);
        tomorrowSession = session(module, start.plusDays(1), end.plusDays(1));
        HttpResponse<String> opened = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/status", "{\"status\": \"OPEN\"}", "Authorization", STAFF);
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("CONFIRMED", enrol(confirmedId));
        assertEquals("WAITLISTED", enrol(waitingId));
    }

    private long account(String email, String role) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/accounts", """
                {"email": "%s", "name": "Online %s %s", "password": "%s", "roles": ["%s"]}""".formatted(email, role, run, PASSWORD, role), "Authorization", ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private long session(String module, LocalDateTime start, LocalDateTime end) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/sessions",
                """
                {"moduleKey": "%s", "start": "%s", "end": "%s", "onlineLink": "%s"}""".formatted(
                                module,
                                start.atZone(BERLIN).toOffsetDateTime(),
                                end.atZone(BERLIN).toOffsetDateTime(),
                                roomLink),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private String enrol(long memberId) {
        HttpResponse<String> enrolled = http.postJson(
                "/api/v1/cohorts/" + cohortId + "/enrolments",
                "{\"memberId\": %d}".formatted(memberId),
                "Authorization",
                STAFF);
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        return Http.json(enrolled).getString("status");
    }

    private Http signedIn(String email, String password) throws Exception {
        Http person = new Http(base.toURI());
        assertEquals(302, person.formLogin(email, password).statusCode(), email);
        return person;
    }

    private static String join(long session) {
        return "/account/join.xhtml?session=" + session;
    }

    @Test
    void theConfirmedMemberSeesTheButtonAndIsSentToTheRoom() throws Exception {
        Http member = signedIn(confirmedEmail, PASSWORD);
        HttpResponse<String> page = member.get("/cohort.xhtml?id=" + cohortId);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(join(nowSession)), "the button of the running session");
        assertFalse(page.body().contains(join(tomorrowSession)), "no button before the window opens");
        assertFalse(page.body().contains(roomLink), "the room's link stays on the server");
        HttpResponse<String> home = member.get("/member/home.xhtml");
        assertTrue(home.body().contains(join(nowSession)), "the button on the member's home page");
        assertFalse(home.body().contains(roomLink));

        HttpResponse<String> joined = member.get(join(nowSession));
        assertEquals(302, joined.statusCode(), joined.body());
        assertEquals(roomLink, joined.headers().firstValue("Location").orElseThrow());
        assertEquals(302, member.get(join(nowSession)).statusCode(), "a second press works as well");

        HttpResponse<String> early = member.get(join(tomorrowSession));
        assertEquals(200, early.statusCode());
        assertTrue(early.body().contains("id=\"joinNotYet\""), early.body());
        assertFalse(early.body().contains(roomLink));
    }

    @Test
    void nobodyElseGetsTheButtonOrTheLink() throws Exception {
        String anonymous = http.get("/cohort.xhtml?id=" + cohortId).body();
        assertFalse(anonymous.contains(join(nowSession)));
        assertFalse(anonymous.contains(roomLink));
        HttpResponse<String> notSignedIn = http.get(join(nowSession));
        assertEquals(302, notSignedIn.statusCode());
        assertTrue(notSignedIn.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));

        Http waiting = signedIn(waitingEmail, PASSWORD);
        String waitingPage = waiting.get("/cohort.xhtml?id=" + cohortId).body();
        assertFalse(waitingPage.contains(join(nowSession)), "a member on the waiting list has no seat in the room");
        assertFalse(waitingPage.contains(roomLink));
        assertEquals(404, waiting.get(join(nowSession)).statusCode());

        Http stranger = signedIn("member@example.org", DEMO_PASSWORD);
        assertEquals(404, stranger.get(join(nowSession)).statusCode());
        Http otherOrganisation = signedIn("staff-koeln@example.org", DEMO_PASSWORD);
        assertEquals(404, otherOrganisation.get(join(nowSession)).statusCode());
        assertEquals(404, stranger.get("/account/join.xhtml?session=x").statusCode());

        HttpResponse<String> api =
                http.get("/api/v1/cohorts/" + cohortId, "Authorization", Http.basic(confirmedEmail, PASSWORD));
        assertEquals(200, api.statusCode());
        assertFalse(api.body().contains(roomLink), "the API shows the link to staff only: " + api.body());
        assertTrue(http.get("/api/v1/cohorts/" + cohortId, "Authorization", STAFF)
                .body()
                .contains(roomLink));

        HttpResponse<String> calendar = http.get(
                "/api/v1/cohorts/" + cohortId + "/calendar.ics", "Authorization", Http.basic(confirmedEmail, PASSWORD));
        assertEquals(200, calendar.statusCode(), calendar.body());
        String unfolded = calendar.body().replace("\r\n ", "");
        assertFalse(unfolded.contains(roomLink), "the calendar carries our join page, not the room");
        assertTrue(unfolded.contains(join(nowSession)), unfolded);

        Http staff = signedIn("staff@example.org", DEMO_PASSWORD);
        HttpResponse<String> check = staff.get(join(tomorrowSession));
        assertEquals(302, check.statusCode(), "staff of the organisation may check the room at any time");
    }

    @Test
    void theTrainerJoinsAndConfirmsThoseWhoJoinedAsPresent() throws Exception {
        Http trainer = signedIn(trainerEmail, PASSWORD);
        assertTrue(trainer.get("/cohort.xhtml?id=" + cohortId).body().contains(join(nowSession)));
        HttpResponse<String> joined = trainer.get(join(nowSession));
        assertEquals(302, joined.statusCode());
        assertEquals(roomLink, joined.headers().firstValue("Location").orElseThrow());

        assertEquals(
                302, signedIn(confirmedEmail, PASSWORD).get(join(nowSession)).statusCode());
        String sheetPath = "/team/attendance.xhtml?session=" + nowSession;
        HttpResponse<String> sheet = trainer.get(sheetPath);
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.body().contains("class=\"joined-online\""), "the member who joined is shown");
        Matcher button = CONFIRM_BUTTON.matcher(sheet.body());
        assertTrue(button.find(), "the proposal to confirm: " + sheet.body());
        String form = button.group(1).substring(0, button.group(1).indexOf(':'));
        HttpResponse<String> confirmed =
                trainer.submit(sheet.body(), sheetPath, Map.of(form, form, button.group(1), ""));
        assertTrue(confirmed.statusCode() < 400, confirmed.body());

        HttpResponse<String> list = http.get("/api/v1/sessions/" + nowSession + "/attendance", "Authorization", STAFF);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject row = Http.parse(list.body()).asJsonArray().getJsonObject(0);
        assertEquals(confirmedId, row.getJsonNumber("memberId").longValue());
        assertEquals("PRESENT", row.getString("status"));
        assertFalse(trainer.get(sheetPath).body().contains("confirmJoined"), "nothing left to propose");
    }
}
