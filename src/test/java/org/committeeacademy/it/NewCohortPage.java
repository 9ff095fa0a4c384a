package org.committeeacademy.it;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff's guided flow for a new cohort, step by step, in German. */
final class NewCohortPage {

    static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private NewCohortPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static NewCohortPage open(WebDriver driver, String base) {
        driver.get(base + "/staff/new-cohort.xhtml");
        return new NewCohortPage(driver);
    }

    /** Step 1: the demo series is chosen already; venue and title are what the test names. */
    void basics(String venue, String title) {
        choose("wizardVenue", "wizard:venueId_input", venue);
        type("wizard:title", title);
        next("wizard:step2");
    }

    /** Step 2: first day and room, then the proposal of one session per module. */
    void schedule(LocalDate firstDay, String room) {
        type("wizard:day_input", firstDay.format(GERMAN_DAY) + Keys.TAB);
        choose("sessionRoom", "wizard:roomId_input", room);
        driver.findElement(By.id("wizard:propose")).click();
        wait.until(d -> proposedSessions() > 0);
    }

    /** Counted in the page itself: the table is redrawn after each request, and old row elements go stale. */
    long proposedSessions() {
        return (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelectorAll("
                        + "\"[id='wizard:proposal'] tbody tr:not(.ui-datatable-empty-message)\").length;");
    }

    void toEnrolmentStep() {
        next("wizard:step3");
    }

    /** Step 3: an empty enrolment window, so sessions may lie anywhere in time. */
    void withoutEnrolmentWindow() {
        clear("wizard:enrolmentCloses_input");
        clear("wizard:cancellationDeadline_input");
    }

    void create() {
        driver.findElement(By.id("wizard:create")).click();
        wait.until(d -> d.getCurrentUrl().contains("/staff/cohort.xhtml")
                || !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error"))
                        .isEmpty());
    }

    String error() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#wizard\\:messages .ui-messages-error")))
                .getText();
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private void next(String stepId) {
        driver.findElement(By.id("wizard:next")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(stepId)));
    }

    /** Picks the option whose label contains the text, through the menu widget as a click would. */
    private void choose(String widgetVar, String selectId, String label) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "var option = Array.from(document.getElementById(arguments[0]).options)"
                                + ".find(o => o.text.indexOf(arguments[1]) >= 0);"
                                + "PF(arguments[2]).selectValue(option.value); PF(arguments[2]).triggerChange();",
                        selectId,
                        label,
                        widgetVar);
    }

    private void type(String id, CharSequence text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Empties a date field without opening its calendar, which would lie over the buttons below it. */
    private void clear(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = '';", id);
    }
}
