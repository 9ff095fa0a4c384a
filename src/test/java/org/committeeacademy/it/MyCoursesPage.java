package org.committeeacademy.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Meine Kurse" on the member's home page: active enrolments as cards, the ended ones folded away. */
final class MyCoursesPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private MyCoursesPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static MyCoursesPage open(WebDriver driver, String base) {
        driver.get(base + "/member/home.xhtml");
        return new MyCoursesPage(driver);
    }

    boolean hasActive(long cohortId) {
        return !driver.findElements(card(cohortId)).isEmpty();
    }

    String active(long cohortId) {
        return driver.findElement(card(cohortId)).getText();
    }

    /** Presses the cancel button of the cohort's card; returns the question the confirmation dialog asks. */
    String cancel(long cohortId) {
        driver.findElement(card(cohortId))
                .findElement(By.cssSelector("button[id$=':cancel']"))
                .click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")))
                .findElement(By.cssSelector(".ui-confirm-dialog-message"))
                .getText();
    }

    /** Says yes in the confirmation dialog and returns the page's message. */
    String confirm() {
        driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))
                .click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-info")))
                .getText();
    }

    /** Accepts the seat offered in the cohort and returns the page's message. */
    String accept(long cohortId) {
        driver.findElement(card(cohortId))
                .findElement(By.cssSelector("button[id$=':accept']"))
                .click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-info")))
                .getText();
    }

    /** Unfolds the ended enrolments and returns the line of the cohort. */
    String ended(long cohortId) {
        WebElement details = driver.findElement(By.id("endedCourses"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details.findElement(By.cssSelector("li[data-cohort='" + cohortId + "']"))
                .getText();
    }

    private static By card(long cohortId) {
        return By.cssSelector("#courses li.card[data-cohort='" + cohortId + "']");
    }
}
