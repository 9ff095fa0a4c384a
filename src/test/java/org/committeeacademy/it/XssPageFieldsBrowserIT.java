package org.committeeacademy.it;

import static org.committeeacademy.it.XssPayloads.all;
import static org.committeeacademy.it.XssPayloads.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The XSS corpus for the texts people write on pages or through the member endpoints: worksheet answers and the
 * trainer's review comments, the goals taken from them, a local project's texts and an update, and a message to a
 * cohort (written on the messages page). Each is stored with all payloads, then every page that shows it is loaded
 * as the member, the trainer and staff: no dialog, no injected element, no evaluated expression.
 */
class XssPageFieldsBrowserIT extends BrowserTestBase {

    private final String run = "XSP" + UUID.randomUUID().toString().substring(0, 5);
    /** For fields of at most 200 characters: the script, event-handler, expression and link payloads. */
    private final String shortText = run + " <script>alert(1)</script>\"><img src=x onerror=alert(2)> #{7*1111111}"
            + " '><a href=javascript:alert(7) id=xss7>x</a>";

    @Test
    void textsWrittenOnPagesShowAsTextWhereverTheyAreShown() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String email = fixture.newMemberEmail(cohort);
        String member = Http.basic(email, WorksheetFixture.PASSWORD);
        String text = json(all(run));

        long worksheet = fixture.goalSetting(member);
        ok(http.putJson(
                "/api/v1/worksheets/" + worksheet,
                WorksheetFixture.withRequired("""
                {"answers": {"problem-statement": %1$s, "affected": %1$s, "vision-statement": %1$s,
                 "strategic-goals": [{"what": %1$s, "indicator": %1$s, "baseline": "0", "target": "6",
                   "responsible": %1$s, "resources": %1$s}],
                 "allies": [{"ally": %1$s, "interest": %1$s, "contribution": %1$s, "next-contact": %1$s}],
                 "motion-subject": %1$s, "motion-reasoning": %1$s}}""".formatted(text)),
                "Authorization",
                member));
        ok(http.postJson("/api/v1/worksheets/" + worksheet + "/submit", "{}", "Authorization", member));
        ok(http.postJson(
                "/api/v1/worksheets/" + worksheet + "/review",
                """
                {"decision": "REVISE", "comments": {"goals": %1$s, "problem": %1$s}}""".formatted(text),
                "Authorization",
                WorksheetFixture.TRAINER));

        long committee = confirmInNewCommittee(http, member);
        HttpResponse<String> project = http.postJson(
                "/api/v1/projects", """
                {"title": %3$s, "place": %3$s, "problem": %1$s, "affected": %1$s, "takingPart": %1$s, "roles": %1$s,
                 "firstSteps": %1$s, "success": %1$s, "committeeId": %2$d}""".formatted(text, committee, json(shortText)), "Authorization", member);
        assertEquals(201, project.statusCode(), project.body());
        long projectId = Http.json(project).getJsonNumber("id").longValue();
        HttpResponse<String> update = http.postJson(
                "/api/v1/projects/" + projectId + "/updates", "{\"text\": " + text + "}", "Authorization", member);
        assertEquals(201, update.statusCode(), update.body());

        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        check("/team/worksheet-review.xhtml?id=" + worksheet, true);
        check("/team/worksheets.xhtml?cohort=" + cohort + "&status=ALL", false);
        sendCohortMessage(cohort);
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn(email, WorksheetFixture.PASSWORD);
        check("/member/worksheet.xhtml?id=" + worksheet, true);
        check("/member/goals.xhtml", true);
        check("/member/home.xhtml", false);
        check("/member/notifications.xhtml", false);
        check("/project/projects.xhtml", true);
        check("/project/project.xhtml?id=" + projectId, true);
        check("/project/edit.xhtml?id=" + projectId, true);
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        check("/project/projects.xhtml", false);
        check("/project/project.xhtml?id=" + projectId, true);
        check("/staff/cohort.xhtml?id=" + cohort, false);
    }

    @Test
    void surveyFreeTextsAndMaterialTextsShowAsText() throws Exception {
        Http http = new Http(new URI(base));
        DemoApi demo = new DemoApi(http);
        JsonObject bonn = demo.venue(DemoApi.BONN);
        long cohort = demo.cohort(
                "XSS-Umfrage",
                bonn.getJsonNumber("id").longValue(),
                ", \"status\": \"OPEN\", \"trainerIds\": [" + demo.accountId(DemoApi.TRAINER) + "]");
        demo.sessionOnAFreeDay(
                cohort, demo.module(0), 200, 400, "19:00", "20:30", DemoApi.roomId(bonn, DemoApi.BONN_ROOM));
        String email = run.toLowerCase() + "-0@example.org";
        for (int i = 0; i < 5; i++) {
            String who = run.toLowerCase() + "-" + i + "@example.org";
            demo.enrolConfirmed(cohort, demo.account(who, "Umfrage Person", WorksheetFixture.PASSWORD, "MEMBER"));
            HttpResponse<String> answered = http.postJson(
                    "/api/v1/surveys/" + cohort + ".baseline/responses",
                    "{\"scores\": {\"whom\": 4}, \"texts\": {\"comments\": " + json(all(run)) + "}}",
                    "Authorization",
                    Http.basic(who, WorksheetFixture.PASSWORD));
            assertEquals(201, answered.statusCode(), answered.body());
        }
        HttpResponse<String> material = new MaterialUploads(new URI(base))
                .send(
                        "/api/v1/cohorts/" + cohort + "/materials",
                        Map.of("url", "https://example.org/handout", "title", shortText, "description", all(run)),
                        null,
                        null,
                        DemoApi.TRAINER);
        assertEquals(201, material.statusCode(), material.body());

        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        check("/team/survey-results.xhtml?cohort=" + cohort, false); // trainers see bars, not the free texts
        check("/team/materials.xhtml?cohort=" + cohort, true);
        new Header(driver).logOut();
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        check("/team/survey-results.xhtml?cohort=" + cohort, true);
        check("/team/materials.xhtml?cohort=" + cohort, true);
        new Header(driver).logOut();
        LoginPage.open(driver, base).logIn(email, WorksheetFixture.PASSWORD);
        check("/member/materials.xhtml?cohort=" + cohort, true);
        check("/member/home.xhtml", false);
    }

    /** The trainer writes the payloads as subject and text, previews them and sends; both screens are checked. */
    private void sendCohortMessage(long cohort) {
        driver.get(base + "/team/messages.xhtml?cohort=" + cohort);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compose:text")));
        driver.findElement(By.id("compose:subject")).sendKeys(shortText);
        driver.findElement(By.id("compose:text")).sendKeys(all(run));
        driver.findElement(By.id("compose:preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compose:send")));
        XssPayloads.checkLoaded(driver, run, "messages preview", true);
        driver.findElement(By.id("compose:send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.message-list li")));
        XssPayloads.checkLoaded(driver, run, "messages sent", true);
        check("/team/messages.xhtml?cohort=" + cohort, true);
    }

    private long confirmInNewCommittee(Http http, String member) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/committees",
                "{\"name\": \"Integrationsrat " + run + "\", \"municipality\": \"Bonn\", \"ags\": \"05314000\"}",
                "Authorization",
                WorksheetFixture.STAFF);
        assertEquals(201, created.statusCode(), created.body());
        long committee = Http.json(created).getJsonNumber("id").longValue();
        JsonObject me = Http.json(http.get("/api/v1/me", "Authorization", member));
        ok(http.putJson(
                "/api/v1/accounts/" + me.getJsonNumber("id") + "/committee",
                "{\"committeeId\": " + committee + "}",
                "Authorization",
                WorksheetFixture.STAFF));
        return committee;
    }

    private static void ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private void check(String page, boolean shows) {
        XssPayloads.check(driver, base, run, page, shows);
    }
}
