package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Staff keep venues and rooms through the pages, in headless Chromium. */
class VenueBrowserIT extends BrowserTestBase {

    @BeforeEach
    void logInAsStaff() {
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
    }

    @Test
    void staffCreateAVenueWithARoomAndKeepWhatTheyTypedWhenSomethingIsMissing() {
        String name = "VHS Siegburg " + UUID.randomUUID().toString().substring(0, 6);
        VenueEditorPage editor = VenueEditorPage.openNew(driver, base);

        editor.fill("venueForm:name", name);
        editor.fill("venueForm:postalCode", "5372");
        editor.press("venueForm:save", "venueForm");
        assertEquals("Bitte ausfüllen.", editor.fieldError("venueForm", "street"));
        assertEquals("Die Postleitzahl hat fünf Ziffern.", editor.fieldError("venueForm", "postalCode"));
        assertEquals(name, editor.value("venueForm:name"), "nothing typed is lost");

        editor.fill("venueForm:street", "Griesgasse 1");
        editor.fill("venueForm:postalCode", "53721");
        driver.findElement(By.cssSelector("[id='venueForm:stepFreeAccess'] .ui-chkbox-box"))
                .click();
        driver.findElement(By.id("venueForm:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("id="));
        assertTrue(editor.notice().contains(name), editor.notice());

        editor.fill("roomForm:roomName", "Saal 1");
        editor.fill("roomForm:seats", "18");
        editor.press("roomForm:saveRoom", "roomForm");
        assertTrue(editor.roomsTable().contains("Saal 1"), editor.roomsTable());
        assertTrue(editor.roomsTable().contains("18"), editor.roomsTable());

        driver.get(base + "/staff/venues.xhtml");
        String list = driver.findElement(By.id("venues")).getText();
        assertTrue(list.contains(name), list);
        assertTrue(list.contains("Stufenloser Zugang"), list);

        driver.findElement(By.cssSelector("a[aria-label='Belegungskalender: " + name + "']"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-timegrid")));
        assertEquals("Belegungskalender: " + name, new Header(driver).heading());
        assertTrue(driver.getPageSource().contains("In dieser Woche sind keine Termine geplant."));
    }
}
