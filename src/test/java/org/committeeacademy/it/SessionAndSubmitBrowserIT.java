package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 24's bugs people hit: an Ajax action or a form sent in full after the session ended says so and keeps what
 * was typed (also after the new sign-in), and a worksheet with required fields empty is not submitted (page and API name the fields).
 * Cohort and members of its own.
 */
class SessionAndSubmitBrowserIT extends BrowserTestBase {

    @Test
    void anAjaxActionAfterTheSessionEndedSaysSoAndKeepsTheText() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        String member = fixture.newMemberEmail(fixture.newCohort());
        String auth = Http.basic(member, WorksheetFixture.PASSWORD);
        String goalText = "Ziel " + UUID.randomUUID().toString().substring(0, 8);
        long id = fixture.goalSetting(auth);
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/worksheets/" + id,
                                WorksheetFixture.withRequired("""
                {"answers": {"strategic-goals": [{"what": "%s"}]}}""".formatted(goalText)),
                                "Authorization",
                                auth)
                        .statusCode());
        assertEquals(
                200,
                http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", auth)
                        .statusCode());

        LoginPage.open(driver, base).logIn(member, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/goals.xhtml");
        WebElement note = wait(20).until(d -> goal(goalText)).findElement(By.cssSelector("textarea[id$=':note']"));
        String noteId = note.getAttribute("id");
        note.sendKeys("Die Fraktionen sind dafür");
        driver.manage().deleteAllCookies(); // as if the session had expired on the server
        goal(goalText).findElement(By.cssSelector("button[id$=':checkIn']")).click();

        WebElement notice = wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("session-notice")));
        assertTrue(notice.getText().contains("Ihre Sitzung ist abgelaufen"), notice.getText());
        assertEquals(
                "Die Fraktionen sind dafür", driver.findElement(By.id(noteId)).getAttribute("value"));

        driver.findElement(By.id("session-sign-in")).click();
        LoginPage.current(driver).logIn(member, WorksheetFixture.PASSWORD);
        wait(30).until(ExpectedConditions.urlContains("/member/goals.xhtml"));
        wait(20).until(d ->
                "Die Fraktionen sind dafür".equals(d.findElement(By.id(noteId)).getAttribute("value")));
        assertTrue(driver.findElement(By.id("session-notice")).getText().contains("wieder eingetragen"));
    }

    @Test
    void aFormSentInFullAfterTheSessionEndedKeepsTheTextThroughTheNewSignIn() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        String member = fixture.newMemberEmail(fixture.newCohort());
        String typed = "Beuel " + UUID.randomUUID().toString().substring(0, 8);

        LoginPage.open(driver, base).logIn(member, WorksheetFixture.PASSWORD);
        driver.get(base + "/account/profile.xhtml");
        WebElement municipality =
                wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("profile:municipality")));
        municipality.clear();
        municipality.sendKeys(typed);
        driver.manage().deleteAllCookies(); // as if the session had expired on the server
        driver.findElement(By.id("profile:save")).click(); // a full submit, no Ajax

        wait(30).until(ExpectedConditions.urlContains("/login.xhtml?ended=post"));
        WebElement notice = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("session-notice")));
        assertTrue(notice.getText().contains("Ihre Sitzung ist abgelaufen"), notice.getText());
        LoginPage.current(driver).logIn(member, WorksheetFixture.PASSWORD);
        wait(30).until(ExpectedConditions.urlContains("/account/profile.xhtml"));
        wait(20).until(d ->
                typed.equals(d.findElement(By.id("profile:municipality")).getAttribute("value")));
        assertTrue(driver.findElement(By.id("session-notice")).getText().contains("wieder eingetragen"));

        // saved now, the page loads again without restoring anything
        WebElement restored = driver.findElement(By.id("profile:municipality"));
        driver.findElement(By.id("profile:save")).click();
        wait(30).until(ExpectedConditions.stalenessOf(restored));
        driver.get(base + "/account/profile.xhtml");
        wait(20).until(d ->
                typed.equals(d.findElement(By.id("profile:municipality")).getAttribute("value")));
        assertTrue(driver.findElements(By.id("session-notice")).isEmpty(), "a form that arrived is not restored");
    }

    @Test
    void aWorksheetWithRequiredFieldsEmptyIsNotSubmitted() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        String member = fixture.newMemberEmail(fixture.newCohort());
        String auth = Http.basic(member, WorksheetFixture.PASSWORD);
        long id = contextMap(http, auth);
        assertEquals(
                200,
                http.putJson("/api/v1/worksheets/" + id, """
                {"answers": {"council": "Stadtrat mit 60 Sitzen"}}""", "Authorization", auth)
                        .statusCode());

        HttpResponse<String> refused =
                http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", auth);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        List<String> fields = Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertEquals(
                List.of(
                        "council-committees",
                        "integration-committee",
                        "decision-makers",
                        "data-sources",
                        "integration-situation"),
                fields);
        JsonObject kept = Http.json(http.get("/api/v1/worksheets/" + id, "Authorization", auth));
        assertEquals("DRAFT", kept.getString("status"));
        assertEquals("Stadtrat mit 60 Sitzen", kept.getJsonObject("answers").getString("council"));

        LoginPage.open(driver, base).logIn(member, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/worksheet.xhtml?id=" + id);
        wait(20).until(ExpectedConditions.elementToBeClickable(By.id("submitForm:submit")))
                .click();
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Pflichtfelder"));
        assertEquals(
                "DRAFT",
                Http.json(http.get("/api/v1/worksheets/" + id, "Authorization", auth))
                        .getString("status"));
        Object focused = driver.executeScript(
                "var f = document.activeElement.closest('[data-field]'); return f && f.getAttribute('data-field');");
        assertEquals("council-committees", focused, "the first empty required field has the focus");
        assertEquals(
                "true", driver.findElement(By.id("field-integration-committee")).getAttribute("aria-invalid"));
    }

    @Test
    void theReviewListShowsTheWaitingWorksheetsFirstAndTheCommentsStandBesideTheirSections() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String waiting = fixture.newMemberEmail(cohort);
        String drafting = fixture.newMemberEmail(cohort);
        String auth = Http.basic(waiting, WorksheetFixture.PASSWORD);
        long id = fixture.goalSetting(auth);
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/worksheets/" + id,
                                WorksheetFixture.withRequired("{\"answers\": {}}"),
                                "Authorization",
                                auth)
                        .statusCode());
        assertEquals(
                200,
                http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", auth)
                        .statusCode());
        fixture.goalSetting(Http.basic(drafting, WorksheetFixture.PASSWORD)); // a draft, not waiting

        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/worksheets.xhtml?cohort=" + cohort);
        WebElement table = wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("worksheets")));
        assertTrue(table.getText().contains(waiting), table.getText());
        assertTrue(!table.getText().contains(drafting), "by default only the worksheets waiting for review");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter:status"))).selectByValue("ALL");
        wait(20).until(d -> d.findElement(By.id("worksheets")).getText().contains(drafting));

        driver.get(base + "/team/worksheet-review.xhtml?id=" + id);
        WebElement box = wait(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section[data-section='problem'] [data-comment-for='problem'] textarea")));
        box.sendKeys("Wie viele Menschen warten?");
        driver.findElement(By.id("review:revise")).click();
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Bitte überarbeiten"));
        JsonObject sentBack = Http.json(http.get("/api/v1/worksheets/" + id, "Authorization", auth));
        assertTrue(
                sentBack.getJsonArray("comments").toString().contains("Wie viele Menschen warten?"),
                sentBack.toString());
    }

    private static long contextMap(Http http, String auth) {
        HttpResponse<String> mine = http.get("/api/v1/me/worksheets", "Authorization", auth);
        return Http.parse(mine.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("templateKey").equals("context-map"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(mine.body()))
                .getJsonNumber("id")
                .longValue();
    }

    private WebElement goal(String text) {
        return driver.findElements(By.cssSelector("article.goal")).stream()
                .filter(a -> a.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no goal " + text));
    }
}
