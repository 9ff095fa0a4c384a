package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The trainer uploads a PDF through the material manager; the seated member finds it on the materials page marked
 * new, and no longer new on the next visit. Only adds a material of its own to the demo's running cohort.
 */
class MaterialsBrowserIT extends BrowserTestBase {

    private static final String BONN = "Bonn – Samstagsreihe";

    @Test
    void theTrainersUploadReachesTheMemberMarkedNewOnce() throws Exception {
        long bonn = cohortId();
        String title = "Handout " + UUID.randomUUID().toString().substring(0, 8);
        Path pdf = Files.createTempFile("handout", ".pdf");
        Files.writeString(
                pdf,
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);

        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        driver.get(base + "/member/home.xhtml");
        assertFalse(
                driver.findElements(By.cssSelector("a[href$='/member/materials.xhtml?cohort=" + bonn + "']"))
                        .isEmpty(),
                "My courses links to the materials of the confirmed place");
        driver.get(base + "/member/materials.xhtml?cohort=" + bonn);
        assertEquals(List.of(), cards(title), "not there yet");
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/roster.xhtml?id=" + bonn);
        driver.findElement(By.id("materialsLink")).click();
        wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("add:title")));
        driver.findElement(By.cssSelector("[id='upload:file'] input[type=file]"))
                .sendKeys(pdf.toString());
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("upload:pending"), pdf.getFileName().toString()));
        driver.findElement(By.id("add:title")).sendKeys(title);
        driver.findElement(By.id("add:addFile")).click();
        try {
            wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:materials"), title));
        } catch (org.openqa.selenium.TimeoutException e) {
            // reported by the assertion below, with the page's text
        }
        assertTrue(
                driver.findElement(By.id("list:materials")).getText().contains(title),
                driver.findElement(By.tagName("main")).getText());
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        driver.get(base + "/member/materials.xhtml?cohort=" + bonn);
        List<WebElement> first = cards(title);
        assertEquals(1, first.size(), driver.findElement(By.tagName("main")).getText());
        assertTrue(
                first.get(0).getAttribute("class").contains("is-new"),
                first.get(0).getText());
        assertTrue(first.get(0).getText().contains("Neu"), first.get(0).getText());
        assertFalse(first.get(0).findElements(By.cssSelector("a.download")).isEmpty());

        driver.get(base + "/member/materials.xhtml?cohort=" + bonn);
        List<WebElement> second = cards(title);
        assertEquals(1, second.size());
        assertFalse(
                second.get(0).getAttribute("class").contains("is-new"),
                second.get(0).getText());
    }

    private List<WebElement> cards(String title) {
        return driver.findElements(By.cssSelector("li.material")).stream()
                .filter(li -> li.getText().contains(title))
                .toList();
    }

    private long cohortId() throws Exception {
        Http staff = new Http(url.toURI());
        staff.formLogin("staff@example.org", DEMO_PASSWORD);
        String list = staff.get("/staff/cohorts.xhtml?status=RUNNING").body();
        Matcher link = Pattern.compile("cohort\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(BONN) + "<")
                .matcher(list);
        assertTrue(link.find(), "no cohort " + BONN);
        return Long.parseLong(link.group(1));
    }
}
