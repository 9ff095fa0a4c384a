package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The material manager's other paths (links, refusals, a new version, delete after confirmation, who may open it),
 * and the member reading a module handout on a phone-sized screen. Adds and removes materials of its own in the
 * demo's running cohort.
 */
class MaterialManagerBrowserIT extends BrowserTestBase {

    private static final String TRAINER = basic("trainer@example.org", DEMO_PASSWORD);

    private long bonn;

    @BeforeEach
    void findTheCohort() throws Exception {
        Http http = new Http(url.toURI());
        bonn = Http.parse(http.get("/api/v1/me/enrolments", "Authorization", basic("member@example.org", DEMO_PASSWORD))
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("cohortTitle").equals("Bonn – Samstagsreihe"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("cohortId")
                .longValue();
    }

    @Test
    void aTrainerAddsALinkAfterABadOneIsRefusedAndAFileRenamedPdfIsRefused() throws Exception {
        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/materials.xhtml?cohort=" + bonn);
        String title = "Ratsinfo " + UUID.randomUUID().toString().substring(0, 8);

        driver.findElement(By.id("add:title")).sendKeys(title);
        driver.findElement(By.id("add:url")).sendKeys("javascript:alert(1)");
        driver.findElement(By.id("add:addLink")).click();
        // the form is drawn anew by the answer: a look at it in between finds the old one gone
        wait(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("add")).getText().contains("vollständige https-Adresse"));
        assertFalse(driver.findElement(By.id("list:materials")).getText().contains(title));

        driver.findElement(By.id("add:url")).clear();
        driver.findElement(By.id("add:url")).sendKeys("https://www.bonn.de/rat");
        driver.findElement(By.id("add:addLink")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:materials"), title));
        assertTrue(driver.findElement(By.id("list:materials")).getText().contains("https://www.bonn.de/rat"));

        Path html = Files.createTempFile("harmlos", ".pdf");
        Files.writeString(html, "<!DOCTYPE html><html><script>alert(1)</script></html>", StandardCharsets.UTF_8);
        driver.findElement(By.cssSelector("[id='upload:file'] input[type=file]"))
                .sendKeys(html.toString());
        wait(30).until(d -> d.findElement(By.tagName("main")).getText().contains("Dateityp ist nicht erlaubt"));
        assertEquals("", driver.findElement(By.id("upload:pending")).getText(), "nothing waits to be saved");
    }

    @Test
    void aNewVersionJoinsTheHistoryAndDeleteAsksFirst() throws Exception {
        String title = "Folien " + UUID.randomUUID().toString().substring(0, 8);
        var created = new MaterialUploads(url.toURI())
                .send(
                        "/api/v1/cohorts/" + bonn + "/materials",
                        Map.of("title", title),
                        "folien.pdf",
                        MaterialUploads.pdf(title),
                        TRAINER);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/materials.xhtml?cohort=" + bonn);

        Path second = Files.createTempFile("folien-v2", ".pdf");
        Files.write(second, MaterialUploads.pdf(title + " v2"));
        card(id).findElement(By.cssSelector("input[type=file]")).sendKeys(second.toString());
        wait(30).until(d ->
                card(id).findElements(By.cssSelector("table.versions tbody tr")).size() == 2);
        assertTrue(card(id).getText().contains(second.getFileName().toString()));

        card(id).findElement(By.cssSelector("button[id$=':delete']")).click();
        WebElement dialog =
                wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        wait(10).until(ExpectedConditions.invisibilityOf(dialog));
        assertEquals(1, cards(id).size(), "kept after 'keep'");

        card(id).findElement(By.cssSelector("button[id$=':delete']")).click();
        wait(10).until(ExpectedConditions.visibilityOf(dialog));
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait(20).until(d -> cards(id).isEmpty());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("wurde gelöscht"));
    }

    @Test
    void theManagerIsClosedToMembersAndUnknownCohorts() {
        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/materials.xhtml?cohort=999999");
        assertEquals("Seite nicht gefunden", new Header(driver).heading());
        driver.get(base + "/member/materials.xhtml?cohort=" + bonn);
        assertEquals("Kein Zugriff", new Header(driver).heading(), "the members' pages are closed to trainers");
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/materials.xhtml?cohort=" + bonn);
        assertFalse(driver.getPageSource().contains("add:title"), "members get no manager");
    }

    @Test
    void aMemberReadsAModuleHandoutOnAPhoneInEnglish() {
        driver.manage().window().setSize(new Dimension(360, 740));
        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        try {
            driver.get(base + "/member/materials.xhtml?cohort=" + bonn + "&lang=en");
            assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertFitsTheScreen();
            List<WebElement> read = driver.findElements(By.cssSelector("li.material a.read"));
            assertFalse(read.isEmpty(), driver.findElement(By.tagName("main")).getText());
            assertEquals("Read", read.get(0).getText().replaceAll(":.*", "").strip());

            read.get(0).click();
            wait(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#handout h1")));
            assertFitsTheScreen();
            driver.findElement(By.id("backLink")).click();
            wait(20).until(ExpectedConditions.urlContains("/member/materials.xhtml?cohort=" + bonn));
        } finally {
            // the choice of language is remembered for the account; other tests expect the demo member in German
            driver.get(base + "/member/home.xhtml?lang=de");
        }
    }

    private void assertFitsTheScreen() {
        long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 1, "the page is " + overflow + " px wider than the screen");
    }

    private WebElement card(long id) {
        return driver.findElement(By.cssSelector("li.material[data-material='" + id + "']"));
    }

    private List<WebElement> cards(long id) {
        return driver.findElements(By.cssSelector("li.material[data-material='" + id + "']"));
    }

    /** A wait that looks again when an AJAX update replaced the card it was reading (a stale element). */
}
