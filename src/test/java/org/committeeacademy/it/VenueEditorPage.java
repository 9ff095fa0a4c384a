package org.committeeacademy.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The venue editor (staff/venue.xhtml): the venue's details and its rooms. */
final class VenueEditorPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private VenueEditorPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static VenueEditorPage openNew(WebDriver driver, String base) {
        driver.get(base + "/staff/venue.xhtml");
        return new VenueEditorPage(driver);
    }

    void fill(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Clicks a button and waits until the ajax answer replaced the form. */
    void press(String buttonId, String formId) {
        WebElement form = driver.findElement(By.id(formId));
        driver.findElement(By.id(buttonId)).click();
        wait.until(ExpectedConditions.stalenessOf(form));
    }

    String fieldError(String form, String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".field:has([id='" + form + ":" + field + "']) .ui-message-error")))
                .getText();
    }

    String notice() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-info")))
                .getText();
    }

    String roomsTable() {
        return driver.findElement(By.id("roomList:rooms")).getText();
    }
}
