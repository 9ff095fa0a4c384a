package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
