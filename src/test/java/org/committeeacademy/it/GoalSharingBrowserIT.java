package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two members of the same committee: one shares a goal from her submitted worksheet, the other finds it on "My goals"
 * once he names the same committee, and records a check-in that the owner then sees. Cohort and members of its own.
 */
class GoalSharingBrowserIT extends BrowserTestBase {

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
                http.putJson("/api/v1/worksheets/" + id, """
                {"answers": {"strategic-goals": [{"what": "%s", "target": "3 Anträge"}]}}""".formatted(goalText), "Authorization", ownerAuth)
                        .statusCode());
        assertEquals(
                200,
                http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", ownerAuth)
                        .statusCode());
        String committee =
                "Integrationsrat Test " + UUID.randomUUID().toString().substring(0, 6);

        LoginPage.open(driver, base).logIn(owner, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/goals.xhtml");
        nameCommittee(committee);
        goal(goalText).findElement(By.cssSelector("button[id$=':share']")).click();
        wait(20).until(d -> goal(goalText).getText().contains("mit Ihrem Ausschuss geteilt"));
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn(colleague, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/goals.xhtml");
        assertTrue(
                driver.findElements(By.cssSelector("article.goal")).stream()
                        .noneMatch(a -> a.getText().contains(goalText)),
                "not before naming the same committee");
        nameCommittee(committee.toUpperCase(java.util.Locale.ROOT));
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

    private void nameCommittee(String committee) {
        WebElement field = wait(20).until(ExpectedConditions.elementToBeClickable(By.id("committeeForm:committee")));
        field.clear();
        field.sendKeys(committee);
        driver.findElement(By.id("committeeForm:saveCommittee")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "gespeichert"));
    }

    private WebElement goal(String text) {
        return driver.findElements(By.cssSelector("article.goal")).stream()
                .filter(a -> a.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no goal " + text));
    }

    private WebDriverWait wait(int seconds) {
        return (WebDriverWait)
                new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class);
    }
}
