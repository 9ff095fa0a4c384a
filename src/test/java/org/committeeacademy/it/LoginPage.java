package org.committeeacademy.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page as a person uses it. */
final class LoginPage {

    private final WebDriver driver;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The login page a link led to, e.g. "log in to enrol". */
    static LoginPage current(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
        return new LoginPage(driver);
    }

    static LoginPage open(WebDriver driver, String base) {
        driver.get(base + "/login.xhtml");
        return new LoginPage(driver);
    }

    /** Types the credentials, submits, and waits for the next page. */
    void logIn(String email, String password) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().equals(before)
                        || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    String errorMessage() {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")))
                .getText();
    }
}
