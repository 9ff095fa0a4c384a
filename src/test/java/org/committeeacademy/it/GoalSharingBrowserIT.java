package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Two members of the same committee: one shares a goal from her submitted worksheet, the other finds it on "My goals"
 * once staff confirmed his membership (asking to join is not enough), and records a check-in that the owner then sees.
 * Cohort, committee and members of its own. Since committees are records (issue 18) the members pick the committee
 * from the list instead of typing it, and staff confirm: the owner on the committees page, the colleague by the API.
 */
class GoalSharingBrowserIT extends BrowserTestBase {

    private static final String STAFF = Http.basic("staff@example.org", "demo-password-2027");

    @Test
    void aSharedGoalIsSeenAndCheckedInOnByTheSameCommittee() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String owner = fixture.newMemberEmail(cohort);
        String colleague = fixture.newMemberEmail(cohort);
        String ownerAuth = Http.basic(owner, WorksheetFixture.PASSWORD);
        String goalText = "Gemeinsames Ziel " + UUID.randomUUID().toString().substring(0, 8);
        long id = fixture.goalSetting(ownerAuth);
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/worksheets/" + id,
                                WorksheetFixture.withRequired("""
                {"answers": {"strategic-goals": [{"what": "%s", "target": "3 Anträge"}]}}""".formatted(goalText)),
                                "Authorization",
                                ownerAuth)
                        .statusCode());
        assertEquals(
                200,
                http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", ownerAuth)
                        .statusCode());
        String committee =
                "Integrationsrat Test " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created =
                http.postJson("/api/v1/committees", """
                {"name": "%s", "municipality": "Bonn", "ags": "05314000"}""".formatted(committee), "Authorization", STAFF);
        assertEquals(201, created.statusCode(), created.body());
        int committeeId = Http.json(created).getInt("id");

        LoginPage.open(driver, base).logIn(owner, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/goals.xhtml");
        askToJoin(committee);
        goal(goalText).findElement(By.cssSelector("button[id$=':share']")).click();
        wait(20).until(d -> goal(goalText).getText().contains("mit Ihrem Ausschuss geteilt"));
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn("staff@example.org", "demo-password-2027");
        driver.get(base + "/staff/committees.xhtml");
        wait(20).until(d -> request(owner))
                .findElement(By.cssSelector("button[id$=':confirm']"))
                .click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "bestätigtes Mitglied"));
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn(colleague, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/goals.xhtml");
        askToJoin(committee);
        driver.get(base + "/member/goals.xhtml");
        assertTrue(
                driver.findElements(By.cssSelector("article.goal")).stream()
                        .noneMatch(a -> a.getText().contains(goalText)),
                "not while the membership is only requested");
        String colleagueAuth = Http.basic(colleague, WorksheetFixture.PASSWORD);
        int colleagueId = Http.json(http.get("/api/v1/me", "Authorization", colleagueAuth))
                .getInt("id");
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/accounts/" + colleagueId + "/committee",
                                "{\"committeeId\": " + committeeId + "}",
                                "Authorization",
                                STAFF)
                        .statusCode());
        driver.get(base + "/member/goals.xhtml");
        WebElement shared = wait(20).until(d -> goal(goalText));
        assertTrue(shared.getText().contains("geteilt von Mitglied " + owner), shared.getText());
        new Select(shared.findElement(By.cssSelector("select[id$=':checkpoint']"))).selectByValue("3");
        new Select(shared.findElement(By.cssSelector("select[id$=':attainment']"))).selectByValue("1");
        shared.findElement(By.cssSelector("textarea[id$=':note']")).sendKeys("Zwei Fraktionen unterstützen uns");
        shared.findElement(By.cssSelector("button[id$=':checkIn']")).click();
        wait(20).until(d -> goal(goalText).getText().contains("Zwei Fraktionen unterstützen uns"));

        JsonObject seenByOwner = Http.parse(
                        http.get("/api/v1/me/goals", "Authorization", ownerAuth).body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(g -> g.getString("what").equals(goalText))
                .findFirst()
                .orElseThrow();
        JsonObject checkIn = seenByOwner.getJsonArray("checkIns").getJsonObject(0);
        assertEquals("Mitglied " + colleague, checkIn.getString("by"));
        assertEquals(1, checkIn.getInt("attainment"));
    }

    private void askToJoin(String committee) {
        WebElement field = wait(20).until(ExpectedConditions.elementToBeClickable(By.id("committeeForm:committeeId")));
        new Select(field).selectByVisibleText(committee);
        driver.findElement(By.id("committeeForm:requestCommittee")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "gespeichert"));
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("committeeState"), "angefragt"));
    }

    private WebElement request(String email) {
        return driver.findElements(By.cssSelector("[id='requests:table'] tbody tr")).stream()
                .filter(row -> row.getText().contains(email))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no request of " + email));
    }

    private WebElement goal(String text) {
        return driver.findElements(By.cssSelector("article.goal")).stream()
                .filter(a -> a.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no goal " + text));
    }
}
