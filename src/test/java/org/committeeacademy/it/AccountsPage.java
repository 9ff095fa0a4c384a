package org.committeeacademy.it;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin's accounts page. */
final class AccountsPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    AccountsPage(WebDriver driver) {
        this.driver = driver;
        // the form is re-rendered by Ajax while the wait reads it: a stale element is read again at the next poll
        this.wait = (WebDriverWait)
                new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    void open(String email, String name, String password) {
        fill("newAccount:email", email);
        fill("newAccount:name", name);
        fill("newAccount:password", password);
        String before = driver.findElement(By.id("newAccount")).getText();
        driver.findElement(By.id("newAccount:open")).click();
        wait.until(d -> !d.findElement(By.id("newAccount")).getText().equals(before)
                || !d.findElements(By.cssSelector("#messages .ui-messages-info"))
                        .isEmpty());
    }

    String fieldError(String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='newAccount:" + field + "'] ~ .ui-message-error, "
                                + ".field:has([id='newAccount:" + field + "']) .ui-message-error")))
                .getText();
    }

    String notice() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-info")))
                .getText();
    }

    WebElement row(String email) {
        return wait.until(d -> d.findElements(By.cssSelector("#list\\:accounts tbody tr")).stream()
                .filter(r -> r.getText().contains(email))
                .findFirst()
                .orElse(null));
    }

    void giveRoles(String email, List<String> roleLabels) {
        row(email).findElement(By.cssSelector("button[id$='editRoles']")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rolesDialog")));
        for (String label : roleLabels) {
            dialog.findElement(By.xpath(".//label[normalize-space()='" + label + "']"))
                    .click();
        }
        dialog.findElement(By.id("rolesForm:saveRoles")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("rolesDialog")));
    }

    private void fill(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
