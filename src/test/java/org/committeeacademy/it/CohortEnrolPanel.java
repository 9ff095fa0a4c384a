package org.committeeacademy.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The enrolment panel of the public cohort page (cohort.xhtml). */
final class CohortEnrolPanel {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private CohortEnrolPanel(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static CohortEnrolPanel open(WebDriver driver, String base, long cohortId) {
        driver.get(base + "/cohort.xhtml?id=" + cohortId);
        return new CohortEnrolPanel(driver);
    }

    /** Follows "log in to enrol" and logs in there; the login brings the person back to the cohort. */
    void logInToEnrol(String email, String password) {
        String cohortPage = driver.getCurrentUrl();
        driver.findElement(By.id("logInToEnrol")).click();
        LoginPage.current(driver).logIn(email, password);
        wait.until(ExpectedConditions.urlToBe(cohortPage));
    }

    String buttonLabel() {
        return driver.findElement(By.id("enrolForm:enrol")).getText();
    }

    String freeSeats() {
        return driver.findElement(By.id("freeSeats")).getText();
    }

    /** Presses the enrol button and returns the message it answered with. */
    String enrol() {
        driver.findElement(By.id("enrolForm:enrol")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='enrolForm:messages'] .ui-messages-info")))
                .getText();
    }

    String status() {
        return driver.findElement(By.cssSelector("#enrol .enrolment-status")).getText();
    }
}
