package org.committeeacademy.it;

import static org.committeeacademy.it.AttendanceFixture.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Taking attendance on a phone (360 × 740): the trainer opens "today" from the home page, taps a mark per person, sees
 * each saved, and a tap made while the connection is down is retried until it is saved. Uses a cohort of its own.
 */
class AttendanceBrowserIT extends BrowserTestBase {

    @Test
    void theTrainerTakesAttendanceOnAPhoneAndAFailedTapIsRetried() throws Exception {
        Http http = new Http(url.toURI());
        AttendanceFixture fixture = new AttendanceFixture(http, 18);
        driver.manage().window().setSize(new Dimension(360, 740));

        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/trainer/home.xhtml");
        driver.findElement(By.id("takeAttendanceLink")).click();
        AttendanceTodayPage today = new AttendanceTodayPage(driver, fixture.todaySession);

        assertTrue(today.button(fixture.memberId, "PRESENT").getRect().getHeight() >= 44, "a large touch target");
        assertTrue(
                (Long) driver.executeScript("return document.documentElement.scrollWidth") <= 360,
                "no sideways scrolling at 360 px");

        today.tap(fixture.memberId, "PRESENT");
        today.awaitSaved(fixture.memberId, "PRESENT");
        assertEquals("PRESENT", stored(http, fixture));

        today.tap(fixture.memberId, "ABSENT");
        today.awaitSaved(fixture.memberId, "ABSENT");
        assertEquals("ABSENT", stored(http, fixture));

        HasNetworkConditions network = (HasNetworkConditions) driver;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);
        today.tap(fixture.memberId, "EXCUSED");
        assertTrue(today.awaitNotSaved(fixture.memberId).contains("nicht gespeichert"));
        // back online (an explicit "online" condition: deleting the override alone may leave Chromium offline)
        network.setNetworkConditions(new ChromiumNetworkConditions());
        today.awaitSaved(fixture.memberId, "EXCUSED");
        assertEquals("EXCUSED", stored(http, fixture));
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector(".attendance-row .row-body.failed")));
    }

    private static String stored(Http http, AttendanceFixture fixture) {
        var list = Http.parse(
                        http.get("/api/v1/sessions/" + fixture.todaySession + "/attendance", "Authorization", STAFF)
                                .body())
                .asJsonArray();
        return list.getJsonObject(0).getString("status");
    }
}
