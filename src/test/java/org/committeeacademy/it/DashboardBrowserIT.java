package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff dashboard as staff use it: from the staff home to the dashboard, charts and the per-cohort table shown, a
 * venue filter narrows it (and stays in the address), a table downloads as CSV with the picked columns, and members
 * are refused.
 */
class DashboardBrowserIT extends BrowserTestBase {

    private static final String BONN_RUNNING = "Bonn – Samstagsreihe";
    private static final String KOELN = "VHS Köln – Forum am Neumarkt";
    private static final String PERIOD =
            "from=" + LocalDate.now().minusYears(1) + "&to=" + LocalDate.now().plusYears(1);

    @Test
    void staffSeeAndNarrowTheDashboardAndDownloadATable() throws Exception {
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        driver.get(base + "/staff/home.xhtml");
        driver.findElement(By.id("dashboardLink")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "Auswertung"));
        // a period around today, so the demo cohorts are in it whatever the month
        driver.get(base + "/staff/dashboard.xhtml?" + PERIOD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='venueChart'] canvas")));
        assertFalse(driver.findElements(By.cssSelector("[id='checkInChart'] canvas"))
                .isEmpty());
        String table = driver.findElement(By.id("cohortList:cohorts")).getText();
        assertTrue(table.contains(BONN_RUNNING), table);
        assertTrue(
                table.contains("100 %") || table.contains("100\u00a0%"),
                "the full cohort's fill rate, written the German way: " + table);
        assertFalse(
                driver.findElement(By.id("venueList:venues")).getText().contains(KOELN),
                "Bonn's staff count Bonn's cohorts only");

        // the coordinator sees every organisation and narrows the figures to one
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base).logIn("coordinator@example.org", DEMO_PASSWORD);
        driver.get(base + "/staff/dashboard.xhtml?" + PERIOD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='venueChart'] canvas")));
        assertTrue(driver.findElement(By.id("venueList:venues")).getText().contains(KOELN));
        // the menu takes the choice once its panel has closed; a click on "apply" before that sends no organisation
        OneMenu.choose(driver, "filters:organisation", "VHS Köln");
        driver.findElement(By.id("filters:apply")).click();
        wait.until(ExpectedConditions.urlContains("organisation="));
        String narrowed = driver.findElement(By.id("cohortList:cohorts")).getText();
        assertTrue(narrowed.contains("Köln – Frühjahrskurs"), narrowed);
        assertFalse(narrowed.contains(BONN_RUNNING), "another venue's cohort is gone: " + narrowed);

        Http staff = new Http(url.toURI());
        HttpResponse<String> csv = staff.get(
                "/api/v1/reports/dashboard/cohorts?format=csv&columns=title,capacity,fill&" + PERIOD,
                "Authorization",
                Http.basic("staff@example.org", DEMO_PASSWORD));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFF\"Kurs\";\"Plätze\";\"Auslastung (%)\"", lines[0]);
        assertTrue(csv.body().contains("\"" + BONN_RUNNING + "\";\"8\";\"100\""), csv.body());
        assertFalse(csv.body().contains("@"), "no e-mail addresses");
    }

    @Test
    void thePagesOwnDownloadsGiveThePickedColumnsAndTheFundersReport() throws Exception {
        Http staff = new Http(url.toURI());
        staff.formLogin("staff@example.org", DEMO_PASSWORD);
        String path = "/staff/dashboard.xhtml?" + PERIOD;

        HttpResponse<String> csv = staff.submit(
                staff.get(path).body(),
                path,
                Map.of("exportCOHORTS", "exportCOHORTS", "exportCOHORTS:columns", "title", "exportCOHORTS:csv", ""));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.body());
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFF\"Kurs\"", lines[0], "only the picked column");
        assertTrue(csv.body().contains("\"" + BONN_RUNNING + "\""), csv.body());

        HttpResponse<String> xlsx = staff.submit(
                staff.get(path).body(), path, Map.of("exportVENUES", "exportVENUES", "exportVENUES:xlsx", ""));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().startsWith("PK"), "a zip, as an .xlsx is");

        String year = String.valueOf(LocalDate.now().getYear());
        HttpResponse<String> pdf = staff.submit(
                staff.get(path).body(),
                path,
                Map.of("report", "report", "report:year_input", year, "report:year_hinput", year, "report:pdf", ""));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(pdf.body().startsWith("%PDF-"));
    }

    @Test
    void membersAreRefusedAndAdminsMayLook() throws Exception {
        Http member = new Http(url.toURI());
        member.formLogin("member@example.org", DEMO_PASSWORD);
        assertEquals(403, member.get("/staff/dashboard.xhtml").statusCode());
        assertEquals(
                403,
                new Http(url.toURI())
                        .get(
                                "/api/v1/reports/dashboard/cohorts",
                                "Authorization",
                                Http.basic("member@example.org", DEMO_PASSWORD))
                        .statusCode());
        Http admin = new Http(url.toURI());
        admin.formLogin("admin@example.org", DEMO_PASSWORD);
        HttpResponse<String> page = admin.get("/staff/dashboard.xhtml?" + PERIOD);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(BONN_RUNNING), "admins see the same dashboard");
    }
}
