package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The roster page: staff and the cohort's trainers read it, only staff act on it, members never see it. The demo's
 * running cohort is only read; changes happen in a cohort of this test's own.
 */
class RosterBrowserIT extends BrowserTestBase {

    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String BONN = "Bonn – Samstagsreihe";

    @Test
    void staffFollowTheCohortPageToTheRosterAndSeeTheSeatedAndTheWaitingList() {
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        driver.get(base + "/staff/cohorts.xhtml?status=RUNNING");
        driver.findElement(By.linkText(BONN)).click();
        driver.findElement(By.id("rosterLink")).click();
        TeamRosterPage roster = new TeamRosterPage(driver);

        assertEquals(BONN, new Header(driver).heading());
        assertEquals(8, roster.rows("seated").size(), roster.group("seated"));
        assertEquals(1, roster.rows("waiting").size(), roster.group("waiting"));
        assertTrue(roster.rows("waiting").get(0).getText().startsWith("1"), roster.group("waiting"));
        assertTrue(roster.group("seated").contains("Ayşe Yılmaz"), roster.group("seated"));
        assertTrue(roster.staffControls() > 0, "staff see their actions");
        assertTrue(roster.history("seated", 0).contains("Von der VHS angemeldet"));
    }

    @Test
    void theCohortsTrainerReadsTheRosterWithoutStaffActionsAndNotOtherCohorts() throws Exception {
        long bonn = cohortId(BONN, "RUNNING");
        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/trainer/home.xhtml");
        assertFalse(
                driver.findElements(By.cssSelector("a[href$='/team/roster.xhtml?id=" + bonn + "']"))
                        .isEmpty(),
                "the trainer's home links to the roster of the cohort they teach");

        TeamRosterPage roster = TeamRosterPage.open(driver, base, bonn);

        assertEquals(8, roster.rows("seated").size(), roster.group("seated"));
        assertEquals(1, roster.rows("waiting").size(), roster.group("waiting"));
        assertEquals(0, roster.staffControls(), "trainers only read");
        assertFalse(driver.findElements(By.id("exports:csv")).isEmpty(), "trainers may take the list along");

        Http trainer = new Http(url.toURI());
        trainer.formLogin("trainer@example.org", DEMO_PASSWORD);
        long koeln = cohortId("Köln – Frühjahrskurs", "OPEN");
        assertEquals(404, trainer.get("/team/roster.xhtml?id=" + koeln).statusCode(), "not their cohort");
        assertEquals(404, trainer.get("/team/roster.xhtml?id=x").statusCode());
    }

    @Test
    void membersAreRefusedAndStrangersAskedToLogIn() throws Exception {
        long bonn = cohortId(BONN, "RUNNING");
        Http http = new Http(url.toURI());
        HttpResponse<String> anonymous = http.get("/team/roster.xhtml?id=" + bonn);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));

        http.formLogin("member@example.org", DEMO_PASSWORD);
        assertEquals(403, http.get("/team/roster.xhtml?id=" + bonn).statusCode());
    }

    @Test
    void theListDownloadsAsCsvAndTheFirstSessionAsASignInSheet() throws Exception {
        long bonn = cohortId(BONN, "RUNNING");
        Http http = new Http(url.toURI());
        http.formLogin("trainer@example.org", DEMO_PASSWORD);
        String path = "/team/roster.xhtml?id=" + bonn;

        HttpResponse<String> csv =
                http.submit(http.get(path).body(), path, Map.of("exports", "exports", "exports:csv", ""));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFF\"Name\";\"E-Mail\";\"Status\""), csv.body());
        assertTrue(csv.body().contains("\"Ayşe Yılmaz\";\"member@example.org\";\"Bestätigt\""), csv.body());
        assertTrue(csv.body().contains(";\"Warteliste\";\"1\";"), csv.body());

        HttpResponse<String> pdf =
                http.submit(http.get(path).body(), path, Map.of("exports", "exports", "exports:sheet", ""));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(pdf.body().startsWith("%PDF-"));
        assertTrue(pdf.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .contains("unterschriftenliste-" + bonn + ".pdf"));
    }

    @Test
    void staffEnrolSomeoneAndCancelAPlaceAndTheNextPersonMovesUp() throws Exception {
        Http api = new Http(url.toURI());
        long cohort = ownCohort(api);
        long olena = memberId(api, "olena.kovalenko@example.org");
        long samuel = memberId(api, "samuel.mensah@example.org");
        long lina = memberId(api, "lina.schmidt@example.org");
        for (long member : new long[] {olena, samuel}) {
            HttpResponse<String> enrolled = api.postJson(
                    "/api/v1/cohorts/" + cohort + "/enrolments",
                    "{\"memberId\": " + member + "}",
                    "Authorization",
                    STAFF);
            assertEquals(201, enrolled.statusCode(), enrolled.body());
        }
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        TeamRosterPage roster = TeamRosterPage.open(driver, base, cohort);

        roster.enrol(lina);
        assertTrue(roster.notice().contains("Lina Schmidt") && roster.notice().contains("Platz 2"), roster.notice());

        roster.cancel("seated", 0, "auf eigenen Wunsch");

        assertTrue(roster.group("seated").contains("Samuel Mensah"), roster.group("seated"));
        assertTrue(roster.group("ended").contains("Olena Kovalenko"), roster.group("ended"));
        assertEquals(1, roster.rows("waiting").size(), roster.group("waiting"));
        assertTrue(roster.rows("waiting").get(0).getText().startsWith("1"), "Lina moved up to the front");
        String history = roster.history("ended", 0);
        assertTrue(history.contains("Von der VHS abgemeldet") && history.contains("auf eigenen Wunsch"), history);
    }

    @Test
    void staffDeclineARequestWithAReasonMoveSomeoneAndChangeTheRuleForFreedSeats() throws Exception {
        Http api = new Http(url.toURI());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        long cohort = ownCohort(
                api,
                ", \"approvalRequired\": true, \"status\": \"OPEN\", \"enrolmentOpens\": \"%s\", \"enrolmentCloses\": \"%s\""
                        .formatted(today.minusDays(1), today.plusDays(10)));
        long other = ownCohort(api, "");
        HttpResponse<String> request = api.postJson(
                "/api/v1/cohorts/" + cohort + "/enrolments",
                "{}",
                "Authorization",
                basic("hoa.nguyen@example.org", DEMO_PASSWORD));
        assertEquals(201, request.statusCode(), request.body());
        long marta = memberId(api, "marta.nowak@example.org");
        assertEquals(
                201,
                api.postJson(
                                "/api/v1/cohorts/" + cohort + "/enrolments",
                                "{\"memberId\": " + marta + "}",
                                "Authorization",
                                STAFF)
                        .statusCode());
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        TeamRosterPage roster = TeamRosterPage.open(driver, base, cohort);
        assertTrue(roster.group("requested").contains("Hoa Nguyen"), roster.group("requested"));

        roster.openDialog("requested", 0, "decline", "declineDialog");
        assertTrue(
                roster.confirm("declineForm:confirmDecline", "declineDialog").contains("Grund"),
                "a reason is required");
        roster.type("declineForm:reason", "Der Kurs ist für Mitglieder aus Bonn.");
        assertEquals("", roster.confirm("declineForm:confirmDecline", "declineDialog"));
        assertTrue(roster.group("ended").contains("Der Kurs ist für Mitglieder aus Bonn."), roster.group("ended"));

        roster.openDialog("seated", 0, "move", "moveDialog");
        roster.choose("moveTarget", other);
        assertEquals("", roster.confirm("moveForm:confirmMove", "moveDialog"));
        assertTrue(roster.notice().contains("Marta Nowak") && roster.notice().contains("umgebucht"), roster.notice());
        assertEquals(0, roster.rows("seated").size(), roster.group("seated"));

        assertEquals("", roster.saveMoveUp(1, "24"));
        assertTrue(roster.summary().contains("Platz anbieten (mit Frist) · 24 Stunden Frist"), roster.summary());
    }

    private long ownCohort(Http api) {
        return ownCohort(api, "");
    }

    /** A cohort of this test's own, with one seat, so two people already make a waiting list. */
    private long ownCohort(Http api, String extra) {
        long seriesId = Http.parse(api.get("/api/v1/series").body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long venueId = Http.parse(
                        api.get("/api/v1/venues", "Authorization", STAFF).body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String title = "Roster-Kurs " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api.postJson(
                "/api/v1/cohorts",
                "{\"seriesId\": %d, \"venueId\": %d, \"title\": \"%s\", \"capacity\": 1 %s}"
                        .formatted(seriesId, venueId, title, extra),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static long memberId(Http api, String email) {
        JsonObject me = Http.json(api.get("/api/v1/me", "Authorization", basic(email, DEMO_PASSWORD)));
        return me.getJsonNumber("id").longValue();
    }

    /** A demo cohort's id, from the staff's list of cohorts in that status (other tests add cohorts of their own). */
    /** From the staff's cohort list of the organisation that runs it (Köln's cohorts are on Köln's staff's list). */
    private long cohortId(String title, String status) throws Exception {
        Http staff = new Http(url.toURI());
        staff.formLogin(title.startsWith("Köln") ? "staff-koeln@example.org" : "staff@example.org", DEMO_PASSWORD);
        String list = staff.get("/staff/cohorts.xhtml?status=" + status).body();
        Matcher link = Pattern.compile("cohort\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(title) + "<")
                .matcher(list);
        assertTrue(link.find(), "no cohort " + title + " in " + list);
        return Long.parseLong(link.group(1));
    }
}
