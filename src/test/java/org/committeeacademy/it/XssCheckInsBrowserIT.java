package org.committeeacademy.it;

import static org.committeeacademy.it.XssPayloads.all;
import static org.committeeacademy.it.XssPayloads.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The XSS corpus through the notes of goal check-ins (the owner's and a committee colleague's on a shared goal) and of
 * a project check-in (the demo project's 3-month checkpoint is due: it started 100 days ago), and through the texts of
 * requests to join (a member asking to join a committee, with the payloads as name; a self-registration's name and
 * message). Each is then loaded as the people who see it — the owner, the colleague, the project's coordinator and
 * staff: no dialog, no injected element, no evaluated expression, and the payload shown as literal text.
 */
class XssCheckInsBrowserIT extends BrowserTestBase {

    private static final String STAFF = WorksheetFixture.STAFF;
    private final String run = "XSC" + UUID.randomUUID().toString().substring(0, 5);
    /** For names (at most 200 characters): the script, event-handler, expression and link payloads. */
    private final String shortText = run + " <script>alert(1)</script>\"><img src=x onerror=alert(2)> #{7*1111111}"
            + " '><a href=javascript:alert(7) id=xss7>x</a>";
    /** What every page must show as text, exactly as typed. */
    private final String literal = run + " <script>alert(1)</script>";

    @Test
    void checkInNotesAndRequestsToJoinShowAsTextWhereverTheyAreShown() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        String ownerEmail = fixture.newMemberEmail(fixture.newCohort());
        String owner = Http.basic(ownerEmail, WorksheetFixture.PASSWORD);
        String goalText = run + " Ziel";
        long worksheet = fixture.goalSetting(owner);
        ok(http.putJson(
                "/api/v1/worksheets/" + worksheet,
                WorksheetFixture.withRequired("""
                {"answers": {"strategic-goals": [{"what": "%s", "target": "3 Anträge"}]}}""".formatted(goalText)),
                "Authorization",
                owner));
        ok(http.postJson("/api/v1/worksheets/" + worksheet + "/submit", "{}", "Authorization", owner));
        String committee = "Integrationsrat " + run;
        HttpResponse<String> created =
                http.postJson("/api/v1/committees", """
                {"name": "%s", "municipality": "Bonn", "ags": "05314000"}""".formatted(committee), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        long committeeId = Http.json(created).getJsonNumber("id").longValue();
        ok(http.putJson(
                "/api/v1/accounts/" + id(http, owner) + "/committee",
                "{\"committeeId\": " + committeeId + "}",
                "Authorization",
                STAFF));
        long goal = Http.parse(
                        http.get("/api/v1/me/goals", "Authorization", owner).body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(g -> g.getString("what").equals(goalText))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        created(http.postJson(
                "/api/v1/goals/" + goal + "/check-ins",
                "{\"checkpoint\": 3, \"attainment\": 1, \"note\": " + json(all(run)) + "}",
                "Authorization",
                owner));

        String colleagueEmail = "xsc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        created(http.postJson(
                "/api/v1/accounts",
                """
                {"email": "%s", "name": %s, "password": "%s", "roles": ["MEMBER"], "language": "de"}""".formatted(colleagueEmail, json(shortText), WorksheetFixture.PASSWORD),
                "Authorization",
                STAFF));
        String colleague = Http.basic(colleagueEmail, WorksheetFixture.PASSWORD);
        register(http);
        checkInOnTheDemoProject(http);

        LoginPage.open(driver, base).logIn(ownerEmail, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/goals.xhtml");
        wait(30).until(d -> goal(goalText))
                .findElement(By.cssSelector("button[id$=':share']"))
                .click();
        wait(30).until(d -> goal(goalText).getText().contains("mit Ihrem Ausschuss geteilt"));
        check("/member/goals.xhtml");
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn(colleagueEmail, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/goals.xhtml");
        WebElement choice = wait(30).until(ExpectedConditions.elementToBeClickable(By.id("committeeForm:committeeId")));
        new Select(choice).selectByVisibleText(committee);
        driver.findElement(By.id("committeeForm:requestCommittee")).click();
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("committeeState"), "angefragt"));
        XssPayloads.checkLoaded(driver, run, "goals page after the request", false);
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        check("/staff/committees.xhtml"); // the request to join, with the colleague's name
        check("/staff/registrations.xhtml"); // the registration's name and message
        check("/project/project.xhtml?id=" + demoProject(http));
        new Header(driver).logOut();

        ok(http.putJson(
                "/api/v1/accounts/" + id(http, colleague) + "/committee",
                "{\"committeeId\": " + committeeId + "}",
                "Authorization",
                STAFF));
        created(http.postJson(
                "/api/v1/goals/" + goal + "/check-ins",
                "{\"checkpoint\": 6, \"attainment\": 0, \"note\": " + json(all(run)) + "}",
                "Authorization",
                colleague));
        LoginPage.open(driver, base).logIn(colleagueEmail, WorksheetFixture.PASSWORD);
        check("/member/goals.xhtml"); // the shared goal with both notes
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn(ownerEmail, WorksheetFixture.PASSWORD);
        check("/member/goals.xhtml"); // now also the colleague's check-in, under the colleague's name
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        check("/project/project.xhtml?id=" + demoProject(http));
    }

    /** A self-registration for VHS Bonn with the payloads as name and message; staff of Bonn see it. */
    private void register(Http http) {
        long bonn = Http.parse(http.get("/api/v1/organisations").body()).asJsonArray().stream()
                .map(v -> (JsonObject) v)
                .filter(o -> o.getString("name").equals("VHS Bonn"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> registered = http.postJson("/api/v1/registrations", """
                {"name": %s, "email": "%s", "language": "de", "password": "ein langes eigenes Passwort",
                 "message": %s, "organisationId": %d}""".formatted(
                        json(shortText), "xsr-" + run.toLowerCase() + "@example.org", json(all(run)), bonn));
        assertEquals(202, registered.statusCode(), registered.body());
    }

    /** The demo project started 100 days ago: its coordinator records the due 3-month check-in with the payloads. */
    private void checkInOnTheDemoProject(Http http) {
        created(http.postJson(
                "/api/v1/projects/" + demoProject(http) + "/check-ins",
                """
                {"checkpoint": 3, "rating": 1, "strangersTogether": "YES", "newcomersLed": "NO", "note": %s}""".formatted(json(all(run))),
                "Authorization",
                Http.basic("member@example.org", DEMO_PASSWORD)));
    }

    private static long demoProject(Http http) {
        return Http.parse(http.get("/api/v1/projects", "Authorization", Http.basic("member@example.org", DEMO_PASSWORD))
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getString("title").equals("Bank und Beet am Rheinufer"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static long id(Http http, String auth) {
        return Http.json(http.get("/api/v1/me", "Authorization", auth))
                .getJsonNumber("id")
                .longValue();
    }

    /** No script ran, nothing was injected, and the payload stands on the page as the text that was typed. */
    private void check(String page) {
        XssPayloads.check(driver, base, run, page, true);
        String shown = driver.findElement(By.tagName("body")).getText();
        assertTrue(shown.contains(literal), page + " does not show the payload as typed: " + shown);
    }

    private WebElement goal(String text) {
        return driver.findElements(By.cssSelector("article.goal")).stream()
                .filter(a -> a.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new org.openqa.selenium.NoSuchElementException("no goal " + text));
    }

    private static void ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static void created(HttpResponse<String> answer) {
        assertEquals(201, answer.statusCode(), answer.body());
    }
}
