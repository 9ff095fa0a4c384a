package org.committeeacademy.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The trainer's "today" page as a trainer uses it on a phone: one row per participant, one tap per mark. */
final class AttendanceTodayPage {

    private final WebDriver driver;
    private final long sessionId;

    AttendanceTodayPage(WebDriver driver, long sessionId) {
        this.driver = driver;
        this.sessionId = sessionId;
        wait(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(section())));
    }

    private String section() {
        return "section.attendance-sheet[data-session='" + sessionId + "']";
    }

    WebElement row(long memberId) {
        return driver.findElement(By.cssSelector(section() + " li[data-member='" + memberId + "']"));
    }

    WebElement button(long memberId, String status) {
        return row(memberId).findElement(By.cssSelector("button[data-status='" + status + "']"));
    }

    void tap(long memberId, String status) {
        button(memberId, status).click();
    }

    /** Waits until the row says "saved" and the tapped button is the pressed one. */
    void awaitSaved(long memberId, String status) {
        wait(20).until(d -> {
            try {
                return row(memberId)
                                        .findElements(By.cssSelector(".save-state .saved"))
                                        .size()
                                == 1
                        && "true".equals(button(memberId, status).getAttribute("aria-pressed"));
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    /** Waits until the row says it could not save. */
    String awaitNotSaved(long memberId) {
        return wait(20).until(d -> {
            WebElement state = row(memberId).findElement(By.cssSelector(".save-state"));
            return state.getAttribute("class").contains("failed") ? state.getText() : null;
        });
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
