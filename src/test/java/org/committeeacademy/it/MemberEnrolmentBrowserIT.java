package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A member enrols from the public cohort page and gives the place up again on their home page, in headless
 * Chromium. The demo cohort "Köln – Frühjahrskurs" is shared with other tests, so the member's place there is
 * cancelled again in any case, and only the free seat this test takes is assumed.
 */
@ExtendWith(ArquillianExtension.class)
class MemberEnrolmentBrowserIT {

    private static final String MEMBER_EMAIL = "member@example.org";
    private static final String DEMO_PASSWORD = "demo-password-2027";
    private static final String MEMBER = basic(MEMBER_EMAIL, DEMO_PASSWORD);
    private static final String KOELN = "Köln – Frühjahrskurs";

    @ArquillianResource
    private URL url;

    private String base;
    private Http http;
    private long koeln;
    private ChromeDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        Deployments.awaitAnswering(url);
        base = url.toString().replaceAll("/$", "");
        http = new Http(url.toURI());
        koeln = cohortId(KOELN);
        leaveKoeln();
        driver = Browser.start(url.getHost());
    }

    @AfterEach
    void closeBrowserAndLeaveKoelnAsFound() {
        if (driver != null) {
            driver.quit();
        }
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
        HttpResponse<String> mine = http.get("/api/v1/me/enrolments", "Authorization", MEMBER);
        assertEquals(200, mine.statusCode(), mine.body());
        Http.parse(mine.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("cohortId").longValue() == koeln)
                .filter(e -> !e.getString("status").equals("CANCELLED")
                        && !e.getString("status").equals("DECLINED"))
                .forEach(e -> {
                    HttpResponse<String> cancelled = http.postJson(
                            "/api/v1/enrolments/" + e.getJsonNumber("id") + "/cancel", "{}", "Authorization", MEMBER);
                    assertEquals(200, cancelled.statusCode(), cancelled.body());
                });
    }
}
