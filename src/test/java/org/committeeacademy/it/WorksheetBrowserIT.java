package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The member types into a worksheet, sees it saved without pressing anything, reloads and finds the text; the goal
 * of the accepted worksheet lives on under "My goals", with the trainer's comment beside the section. Writes only
 * into the context-map worksheet of the running Bonn cohort, which no other test reads.
 */
class WorksheetBrowserIT extends BrowserTestBase {

    @Test
    void whatIsTypedIsSavedAutomaticallyAndStillThereAfterAReload() {
        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        driver.get(base + "/member/home.xhtml");
        WebElement card = driver.findElements(By.cssSelector("li.card")).stream()
                .filter(c -> c.getText().contains("Bonn – Samstagsreihe"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        driver.findElement(By.tagName("main")).getText()));
        card.findElements(By.cssSelector("a.worksheet-link")).stream()
                .filter(a -> a.getText().startsWith("Kontextkarte"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(card.getText()))
                .click();

        String typed =
                "Der Rat hat 52 Mitglieder – " + UUID.randomUUID().toString().substring(0, 8);
        WebElement council = wait(20).until(ExpectedConditions.elementToBeClickable(By.id("field-council")));
        assertEquals("textarea", council.getTagName());
        assertFalse(
                driver.findElements(By.cssSelector("label[for='field-council']"))
                        .isEmpty(),
                "labelled");
        council.clear();
        council.sendKeys(typed);
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveState"), "Gespeichert um"));

        driver.navigate().refresh();
        WebElement again = wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("field-council")));
        assertEquals(typed, again.getAttribute("value"));
        assertTrue(driver.findElement(By.id("saveState")).getText().contains("Gespeichert um"));
    }

    @Test
    void theAcceptedGoalLivesOnWithItsCheckInAndTheTrainersCommentBesideTheSection() {
        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        driver.get(base + "/member/goals.xhtml");
        WebElement goal = wait(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.goal")));
        assertTrue(goal.getText().contains("Einladungen zu Elternabenden"), goal.getText());
        assertTrue(goal.getText().contains("Zwei Schulen verschicken schon Einladungen"), goal.getText());

        goal.findElement(By.cssSelector("a.worksheet-link")).click();
        WebElement comment = wait(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section[data-section='goals'] .ws-comment")));
        assertTrue(comment.getText().contains("Sehr klar messbar"), comment.getText());
        assertEquals(
                "true", driver.findElement(By.id("field-problem-statement")).getAttribute("readonly"));
        assertTrue(driver.findElements(By.id("submitForm:submit")).isEmpty(), "an accepted worksheet is read-only");
        assertFalse(driver.findElements(By.id("motionLink")).isEmpty(), "module 2 offers the draft motion");
    }

    @Test
    void theTrainerCommentsPerSectionAsksForRevisionAndTheMemberComparesTheVersions() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String email = fixture.newMemberEmail(cohort);
        String member = Http.basic(email, WorksheetFixture.PASSWORD);
        long id = fixture.goalSetting(member);
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/worksheets/" + id,
                                WorksheetFixture.withRequired(
                                        "{\"answers\": {\"problem-statement\": \"Zu wenige Kurse\"}}"),
                                "Authorization",
                                member)
                        .statusCode());
        assertEquals(
                200,
                http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", member)
                        .statusCode());

        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/roster.xhtml?id=" + cohort);
        wait(20).until(ExpectedConditions.elementToBeClickable(By.id("worksheetsLink")))
                .click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting"), "wartet"));
        driver.findElement(By.cssSelector("a.review-link[href$='worksheet-review.xhtml?id=" + id + "']"))
                .click();
        wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("field-problem-statement")));
        assertEquals(
                "Geschrieben auf Deutsch",
                driver.findElement(By.id("writtenIn")).getText(),
                "the trainer sees the language the member wrote in");
        // the comment box stands beside its section since issue 24
        WebElement problemComment = driver.findElement(
                By.cssSelector("section[data-section='problem'] [data-comment-for='problem'] textarea"));
        problemComment.sendKeys("Wie viele Menschen warten?");
        driver.findElement(By.id("review:revise")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Bitte überarbeiten"));
        new Header(driver).logOut();

        assertEquals(
                200,
                http.putJson(
                                "/api/v1/worksheets/" + id,
                                WorksheetFixture.withRequired(
                                        "{\"answers\": {\"problem-statement\": \"120 Menschen warten\"}}"),
                                "Authorization",
                                member)
                        .statusCode());
        assertEquals(
                200,
                http.postJson("/api/v1/worksheets/" + id + "/submit", "{}", "Authorization", member)
                        .statusCode());
        LoginPage.open(driver, base).logIn(email, WorksheetFixture.PASSWORD);
        driver.get(base + "/member/worksheet.xhtml?id=" + id);
        WebElement comment = wait(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section[data-section='problem'] .ws-comment")));
        assertTrue(comment.getText().contains("Wie viele Menschen warten?"), comment.getText());
        WebElement changed =
                wait(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compareTable tr.changed")));
        assertTrue(changed.getText().contains("Zu wenige Kurse"), changed.getText());
        assertTrue(changed.getText().contains("120 Menschen warten"), changed.getText());
        assertTrue(changed.getText().contains("geändert"), changed.getText());
    }
}
