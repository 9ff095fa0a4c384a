package org.committeeacademy.it;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The roster page (team/roster.xhtml) as staff and trainers use it: four groups of people, staff's actions. */
final class TeamRosterPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    TeamRosterPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lists:seated")));
    }

    static TeamRosterPage open(WebDriver driver, String base, long cohortId) {
        driver.get(base + "/team/roster.xhtml?id=" + cohortId);
        return new TeamRosterPage(driver);
    }

    /** The people of a group (seated, requested, waiting, ended): one row each, without the "nobody" row. */
    List<WebElement> rows(String group) {
        return driver.findElements(
                By.cssSelector("[id='lists:" + group + "'] tbody tr:not(.ui-datatable-empty-message)"));
    }

    String group(String group) {
        return driver.findElement(By.id("lists:" + group)).getText();
    }

    /** Buttons of staff's actions anywhere on the page (lists, enrol form, move-up form). */
    int staffControls() {
        return driver.findElements(By.cssSelector("[id^='lists:'] button, #enrolForm, #moveUpForm"))
                .size();
    }

    void enrol(long memberId) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("PF('enrolMember').selectValue('" + memberId + "');");
        WebElement lists = driver.findElement(By.id("lists"));
        driver.findElement(By.id("enrolForm:enrol")).click();
        wait.until(ExpectedConditions.stalenessOf(lists));
    }

    /** Cancels the place in the row through the dialog, with a note. */
    void cancel(String group, int row, String note) {
        driver.findElement(By.id("lists:" + group + ":" + row + ":cancel")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelForm:note")));
        input.sendKeys(note);
        WebElement lists = driver.findElement(By.id("lists"));
        driver.findElement(By.id("cancelForm:confirmCancel")).click();
        wait.until(ExpectedConditions.stalenessOf(lists));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cancelDialog")));
    }

    /** Opens a row's dialog (decline, move or cancel) and waits until it shows. */
    void openDialog(String group, int row, String action, String dialog) {
        driver.findElement(By.id("lists:" + group + ":" + row + ":" + action)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(dialog)));
    }

    void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        // select and overwrite: a spinner puts its old value back when simply cleared
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    void choose(String widget, long value) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("PF('" + widget + "').selectValue('" + value + "');");
    }

    /** Presses a dialog's button; a refused field keeps the dialog open and is returned, else the dialog closes. */
    String confirm(String buttonId, String dialog) {
        WebElement form = driver.findElement(By.id(buttonId.substring(0, buttonId.indexOf(':'))));
        driver.findElement(By.id(buttonId)).click();
        wait.until(ExpectedConditions.stalenessOf(form));
        List<WebElement> errors = driver.findElements(By.cssSelector("[id='" + dialog + "'] .ui-message-error"));
        if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
            return errors.get(0).getText();
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog)));
        return "";
    }

    /** Chooses how freed seats are passed on (0 automatic, 1 offer) and saves; returns a refusal beside the hours. */
    String saveMoveUp(int choice, String hours) {
        driver.findElements(By.cssSelector("[id='moveUpForm:moveUp'] .ui-radiobutton-box"))
                .get(choice)
                .click();
        type("moveUpForm:offerHours_input", hours);
        WebElement summary = driver.findElement(By.id("summary"));
        driver.findElement(By.id("moveUpForm:saveMoveUp")).click();
        wait.until(ExpectedConditions.stalenessOf(summary));
        List<WebElement> errors = driver.findElements(By.cssSelector("#moveUpForm .ui-message-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    String summary() {
        return driver.findElement(By.id("summary")).getText();
    }

    String notice() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-info")))
                .getText();
    }

    /** Opens the history of the row and returns its text. */
    String history(String group, int row) {
        WebElement details = rows(group).get(row).findElement(By.tagName("details"));
        details.findElement(By.tagName("summary")).click();
        return details.getText();
    }
}
