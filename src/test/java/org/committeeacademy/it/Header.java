package org.committeeacademy.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The header every page shares: language switch and logout (behind the "Menü" button on a phone). */
final class Header {

    private final WebDriver driver;

    Header(WebDriver driver) {
        this.driver = driver;
    }

    void switchLanguage(String code) {
        openMenuOnAPhone();
        driver.findElement(By.cssSelector(".language-switch [lang='" + code + "']"))
                .click();
        // signed in, the switch is a form whose POST is answered with a redirect: the page is replaced twice
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d ->
                        d.findElement(By.tagName("html")).getAttribute("lang").equals(code));
    }

    void logOut() {
        openMenuOnAPhone();
        driver.findElement(By.id("logoutForm:logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("loginLink")));
    }

    /** On a narrow window the header's links sit behind the "Menü" button. */
    void openMenuOnAPhone() {
        for (org.openqa.selenium.WebElement toggle : driver.findElements(By.id("menuToggle"))) {
            if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
                toggle.click();
            }
        }
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
