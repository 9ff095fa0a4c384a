package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24: the three journeys people do most, with the keyboard alone (Tab, Shift+Tab, Enter, Space; no clicks):
 * a member enrols in an open course, fills in and saves a worksheet field, and a trainer takes attendance. On every
 * page the first Tab reaches "skip to content", which leads into the main content; every control the focus lands on
 * shows it (an outline or a box shadow). Pages are opened by address, as a person types it or follows a bookmark.
 */
class KeyboardOnlyBrowserIT extends BrowserTestBase {

    private static final int MOST_TABS = 300;
    private final List<String> unseenFocus = new ArrayList<>();

    @Test
    void enrolWorksheetAndAttendanceWorkWithTheKeyboardAlone() throws Exception {
        Http http = new Http(url.toURI());
        WorksheetFixture worksheets = new WorksheetFixture(http);
        long cohort = worksheets.newCohort();
        String email = "kb-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> account = http.postJson(
                "/api/v1/accounts",
                """
                {"email": "%s", "name": "Tastatur %s", "password": "%s", "roles": ["MEMBER"]}""".formatted(email, email, WorksheetFixture.PASSWORD),
                "Authorization",
                WorksheetFixture.ADMIN);
        assertEquals(201, account.statusCode(), account.body());

        // 1. enrol: from the public course page through the login back to "enrol now"
        driver.get(base + "/cohort.xhtml?id=" + cohort);
        skipToContent();
        press(tabTo("the link to log in and enrol", id("logInToEnrol")), Keys.ENTER);
        logIn(email, WorksheetFixture.PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlContains("/cohort.xhtml?id=" + cohort));
        press(tabTo("the enrol button", id("enrolForm:enrol")), Keys.ENTER);
        String confirmation = wait(30).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='enrolForm:messages'] .ui-messages-info")))
                .getText();
        assertTrue(confirmation.contains("angemeldet"), confirmation);

        // 2. worksheet: type into a field, leave it, and it is saved
        long worksheet = worksheets.goalSetting(basic(email, WorksheetFixture.PASSWORD));
        driver.get(base + "/member/worksheet.xhtml?id=" + worksheet);
        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.id("field-problem-statement")));
        skipToContent();
        WebElement field = tabTo("the problem statement", id("field-problem-statement"));
        new Actions(driver).sendKeys("Zu wenige Abendkurse").perform();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveState"), "Gespeichert um"));
        assertEquals("Zu wenige Abendkurse", field.getAttribute("value"));
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertEquals("field-problem-statement", active().getAttribute("id"), "Shift+Tab goes back to the field");

        // 3. attendance: the trainer marks the member of a session today as present
        driver.manage().deleteAllCookies();
        AttendanceFixture attendance = new AttendanceFixture(http, 7); // an hour no other fixture takes
        driver.get(base + "/login.xhtml");
        logIn("trainer@example.org", BrowserTestBase.DEMO_PASSWORD);
        driver.get(base + "/trainer/home.xhtml");
        skipToContent();
        press(tabTo("the attendance link", id("takeAttendanceLink")), Keys.ENTER);
        AttendanceTodayPage today = new AttendanceTodayPage(driver, attendance.todaySession);
        skipToContent();
        String row = "section.attendance-sheet[data-session='" + attendance.todaySession + "'] li[data-member='"
                + attendance.memberId + "']";
        press(
                tabTo("the member's 'present' button", e -> matches(e, row + " button[data-status='PRESENT']")),
                Keys.SPACE);
        today.awaitSaved(attendance.memberId, "PRESENT");

        assertTrue(unseenFocus.isEmpty(), "focus is visible on every control it landed on: " + unseenFocus);
    }

    /** The first Tab on a page reaches the skip link, shown while focused; Enter moves on into the main content. */
    private void skipToContent() {
        driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = active();
        assertTrue(skip.getAttribute("class").contains("skip-link"), "the first Tab reaches 'skip to content'");
        assertTrue(skip.isDisplayed() && skip.getRect().getY() >= 0, "the skip link shows when focused");
        press(skip, Keys.ENTER);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertTrue(
                (Boolean)
                        driver.executeScript("return document.getElementById('main').contains(document.activeElement)"),
                "after 'skip to content' the next Tab lands in the main content, not the header");
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
    }

    /** Logs in on the login page with Tab, typing and Enter. */
    private void logIn(String email, String password) {
        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
        String before = driver.getCurrentUrl();
        tabTo("the e-mail field", id("login:email"));
        new Actions(driver).sendKeys(email).perform();
        tabTo("the password field", id("login:password"));
        new Actions(driver).sendKeys(password).sendKeys(Keys.ENTER).perform();
        wait(30).until(d -> !d.getCurrentUrl().equals(before));
    }

    /** Presses Tab until the focused element is the one wanted; notes every focused element without a visible focus. */
    private WebElement tabTo(String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < MOST_TABS; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = active();
            try {
                if (!focusVisible(focused)) {
                    unseenFocus.add(describe(focused) + " on " + driver.getCurrentUrl());
                }
                if (wanted.test(focused)) {
                    return focused;
                }
            } catch (StaleElementReferenceException replaced) {
                // the page updated under the focus; the next Tab goes on from where the browser keeps it
            }
        }
        fail(what + " is not reached with " + MOST_TABS + " Tabs on " + driver.getCurrentUrl());
        return null;
    }

    /** An outline or a box shadow on the element (or, for PrimeFaces' hidden inputs, on its widget). */
    private boolean focusVisible(WebElement element) {
        return (Boolean) driver.executeScript("""
                var e = arguments[0];
                function shows(x) {
                  var s = getComputedStyle(x);
                  var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                  return outline || (s.boxShadow && s.boxShadow !== 'none');
                }
                if (shows(e)) return true;
                var widget = e.closest('.ui-state-focus, .ui-inputfield, .ui-selectonemenu, .ui-chkbox');
                return widget != null && widget.classList.contains('ui-state-focus') && shows(widget);
                """, element);
    }

    private String describe(WebElement element) {
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id) + " '"
                + element.getText().strip() + "'";
    }

    private boolean matches(WebElement element, String css) {
        return (Boolean) driver.executeScript("return arguments[0].matches(arguments[1])", element, css);
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    private void press(WebElement focused, Keys key) {
        assertEquals(focused, active(), "the key goes to the focused control");
        new Actions(driver).sendKeys(key).perform();
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }
}
