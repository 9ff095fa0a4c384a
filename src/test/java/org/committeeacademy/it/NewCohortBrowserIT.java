package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Staff create a cohort through the guided flow: the schedule proposal, the stored result, and a room clash. */
class NewCohortBrowserIT extends BrowserTestBase {

    private static final String BONN = "VHS Bonn – Haus der Bildung";

    @BeforeEach
    void logInAsStaff() {
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
    }

    @Test
    void theFlowCreatesACohortWithOneSessionPerModule() {
        String title = "Bonn – Herbstreihe " + System.nanoTime() % 100_000;
        // beyond the demo's sessions and the days the API tests book (200–300 days ahead), since all
        // test classes share one database and run in no fixed order
        LocalDate firstDay = today().plusDays(400 + System.nanoTime() % 100);
        NewCohortPage flow = NewCohortPage.open(driver, base);

        flow.basics(BONN, title);
        flow.schedule(firstDay, "Raum 2.14");
        assertEquals(4, flow.proposedSessions(), "the demo series has three modules and an optional fourth");
        flow.toEnrolmentStep();
        assertEquals(
                firstDay.minusDays(1).format(NewCohortPage.GERMAN_DAY), flow.value("wizard:enrolmentCloses_input"));
        flow.create();

        assertTrue(driver.getCurrentUrl().contains("/staff/cohort.xhtml?id="), driver.getCurrentUrl());
        assertEquals(title, new Header(driver).heading());
        assertTrue(driver.findElement(By.id("messages")).getText().contains("wurde angelegt"));
        String sessions = driver.findElement(By.id("sessions:table")).getText();
        assertEquals(
                4,
                driver.findElements(By.cssSelector("[id='sessions:table'] tbody tr"))
                        .size(),
                sessions);
        assertTrue(sessions.contains("Lokalen Kontext verstehen") && sessions.contains("Raum 2.14"), sessions);
        assertTrue(sessions.contains(firstDay.format(NewCohortPage.GERMAN_DAY)), sessions);
    }

    @Test
    void aRoomAlreadyBookedNamesTheOtherCohortAndKeepsTheInput() {
        NewCohortPage flow = NewCohortPage.open(driver, base);

        flow.basics(BONN, "Bonn – Doppelbuchung");
        flow.schedule(today(), "B06");
        flow.toEnrolmentStep();
        flow.withoutEnrolmentWindow();
        flow.create();

        String error = flow.error();
        assertTrue(error.contains("Bonn – Samstagsreihe") && error.contains("B06"), error);
        assertTrue(driver.getCurrentUrl().contains("/staff/new-cohort.xhtml"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("wizard:step2")));
        assertEquals(4, flow.proposedSessions(), "the proposed sessions are still there to change");
        assertEquals(today().format(NewCohortPage.GERMAN_DAY), flow.value("wizard:day_input"));
    }

    @Test
    void theListFiltersByStatusAndKeepsTheFilterInTheAddress() {
        driver.get(base + "/staff/cohorts.xhtml");
        assertTrue(driver.findElement(By.id("list:cohorts")).getText().contains("Bonn – Samstagsreihe"));

        driver.executeScript("PF('statusFilter').selectValue('COMPLETED'); PF('statusFilter').triggerChange();");
        driver.findElement(By.id("filters:apply")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("status=COMPLETED"));

        String list = driver.findElement(By.id("list:cohorts")).getText();
        assertTrue(list.contains("Bonn – Sommerkurs"), list);
        assertTrue(!list.contains("Bonn – Samstagsreihe"), list);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }
}
