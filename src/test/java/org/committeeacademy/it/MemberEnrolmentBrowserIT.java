package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member enrols from the public cohort page and gives the place up again on their home page, and joins a full
 * cohort's waiting list and accepts the seat offered, in headless Chromium. The demo cohort "Köln – Frühjahrskurs"
 * is shared with other tests, so the member's place there is cancelled again in any case, and only the free seat
 * this test takes is assumed; the full cohort is one the test creates.
 */
class MemberEnrolmentBrowserIT extends BrowserTestBase {

    private static final String MEMBER_EMAIL = "member@example.org";
    private static final String MEMBER = basic(MEMBER_EMAIL, DEMO_PASSWORD);
    private static final String KOELN = "Köln – Frühjahrskurs";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);

    private Http http;
    private long koeln;

    @BeforeEach
    void startFromKoelnWithoutThisMember() throws Exception {
        http = new Http(url.toURI());
        koeln = cohortId(KOELN);
        leaveKoeln();
    }

    @AfterEach
    void leaveKoelnAsFound() {
        leaveKoeln();
    }

    @Test
    void aMemberEnrolsOnTheCohortPageAndCancelsUnderMyCourses() {
        CohortEnrolPanel panel = CohortEnrolPanel.open(driver, base, koeln);
        panel.logInToEnrol(MEMBER_EMAIL, DEMO_PASSWORD);

        assertEquals("Jetzt anmelden", panel.buttonLabel(), "the demo cohort has free seats and nobody waiting");
        assertTrue(panel.freeSeats().startsWith("Noch"), panel.freeSeats());
        String confirmation = panel.enrol();
        assertEquals("Sie sind für „" + KOELN + "“ angemeldet. Ihr Platz ist bestätigt.", confirmation);
        assertTrue(panel.status().contains("Bestätigt"), panel.status());

        MyCoursesPage home = MyCoursesPage.open(driver, base);
        assertTrue(home.active(koeln).contains(KOELN) && home.active(koeln).contains("Bestätigt"), home.active(koeln));
        assertTrue(home.active(koeln).contains("VHS Köln"), home.active(koeln));

        String question = home.cancel(koeln);
        assertTrue(question.startsWith("Möchten Sie sich wirklich von „" + KOELN + "“ abmelden?"), question);
        assertEquals("Sie sind von „" + KOELN + "“ abgemeldet.", home.confirm());

        assertFalse(home.hasActive(koeln), "the course left the active list");
        String ended = home.ended(koeln);
        assertTrue(ended.contains(KOELN) && ended.contains("Abgemeldet"), ended);

        CohortEnrolPanel again = CohortEnrolPanel.open(driver, base, koeln);
        assertEquals("Jetzt anmelden", again.buttonLabel(), "a cancelled place can be booked again");
        new Header(driver).logOut();
        assertTrue(driver.getPageSource().contains("Sie haben sich abgemeldet."), "logout works on the cohort page");
    }

    @Test
    void aFullCohortPutsTheMemberOnTheWaitingListAndTheSeatOfferedIsAccepted() {
        String title = "Warteliste " + UUID.randomUUID().toString().substring(0, 6);
        long cohort = fullCohortWithOffers(title);
        String firstPerson = newMember();
        assertEquals(
                201,
                http.postJson("/api/v1/cohorts/" + cohort + "/enrolments", "{}", "Authorization", firstPerson)
                        .statusCode());
        LoginPage.open(driver, base).logIn(MEMBER_EMAIL, DEMO_PASSWORD);

        CohortEnrolPanel panel = CohortEnrolPanel.open(driver, base, cohort);
        assertEquals("Auf die Warteliste", panel.buttonLabel());
        assertEquals("Zurzeit ist kein Platz frei.", panel.freeSeats());
        assertEquals("Der Kurs „" + title + "“ ist voll. Sie stehen auf Platz 1 der Warteliste.", panel.enrol());
        assertTrue(panel.status().contains("Warteliste · Platz 1"), panel.status());

        leave(cohort, firstPerson);
        MyCoursesPage home = MyCoursesPage.open(driver, base);
        String offered = home.active(cohort);
        assertTrue(offered.contains("Platz angeboten") && offered.contains("Bitte sagen Sie bis"), offered);
        assertEquals(
                "Sie haben den Platz in „" + title + "“ angenommen. Ihr Platz ist bestätigt.", home.accept(cohort));
        assertTrue(home.active(cohort).contains("Bestätigt"), home.active(cohort));

        leave(cohort, MEMBER);
    }

    /** An open cohort of one seat whose freed seat is offered to the next person waiting. */
    private long fullCohortWithOffers(String title) {
        JsonObject series =
                Http.parse(http.get("/api/v1/series").body()).asJsonArray().getJsonObject(0);
        JsonObject venue = Http.parse(
                        http.get("/api/v1/venues", "Authorization", STAFF).body())
                .asJsonArray()
                .getJsonObject(0);
        HttpResponse<String> created = http.postJson(
                "/api/v1/cohorts",
                """
                {"seriesId": %d, "venueId": %d, "title": "%s", "capacity": 1, "status": "OPEN"}""".formatted(
                                series.getJsonNumber("id").longValue(),
                                venue.getJsonNumber("id").longValue(),
                                title),
                "Authorization",
                STAFF);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> offers = http.putJson(
                "/api/v1/cohorts/" + id + "/move-up",
                "{\"mode\": \"OFFER\", \"offerHours\": 48}",
                "Authorization",
                STAFF);
        assertEquals(200, offers.statusCode(), offers.body());
        return id;
    }

    /** A member account of this test alone; returns its Basic credentials. */
    private String newMember() {
        String email = "warteliste-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created = http.postJson("/api/v1/accounts", """
                {"email":"%s","name":"Erste Person","password":"a long password","roles":["MEMBER"],"language":"de"}""".formatted(email), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        return basic(email, "a long password");
    }

    private long cohortId(String title) {
        return Http.parse(http.get("/api/v1/cohorts").body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open cohort " + title))
                .getJsonNumber("id")
                .longValue();
    }

    /** Cancels the member's active place in Köln, if any, so other tests find the cohort as the demo left it. */
    private void leaveKoeln() {
        leave(koeln, MEMBER);
    }

    /** Cancels the active place of the person with these credentials in the cohort, if they have one. */
    private void leave(long cohortId, String credentials) {
        HttpResponse<String> mine = http.get("/api/v1/me/enrolments", "Authorization", credentials);
        assertEquals(200, mine.statusCode(), mine.body());
        Http.parse(mine.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("cohortId").longValue() == cohortId)
                .filter(e -> !e.getString("status").equals("CANCELLED")
                        && !e.getString("status").equals("DECLINED"))
                .forEach(e -> {
                    HttpResponse<String> cancelled = http.postJson(
                            "/api/v1/enrolments/" + e.getJsonNumber("id") + "/cancel",
                            "{}",
                            "Authorization",
                            credentials);
                    assertEquals(200, cancelled.statusCode(), cancelled.body());
                });
    }
}
