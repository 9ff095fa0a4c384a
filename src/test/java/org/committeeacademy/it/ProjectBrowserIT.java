package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * On a phone (360 px): a member whose module-4 canvas is filled in finds "Unsere Projekte" empty, starts a project
 * from the canvas (the form comes prefilled), saves it, posts an update with a photo that the page then shows, and
 * sets the project running. Cohort, committee and member of its own.
 */
class ProjectBrowserIT extends BrowserTestBase {

    @Test
    void fromTheFilledCanvasToAProjectAndAnUpdateWithAPhoto() throws Exception {
        Http http = new Http(new URI(base));
        WorksheetFixture fixture = new WorksheetFixture(http);
        long cohort = fixture.newCohort();
        String email = fixture.newMemberEmail(cohort);
        String member = Http.basic(email, WorksheetFixture.PASSWORD);
        confirmInNewCommittee(http, member);
        String place = "Spielplatz Talweg " + UUID.randomUUID().toString().substring(0, 6);
        long canvas = canvas(http, member);
        HttpResponse<String> filled =
                http.putJson("/api/v1/worksheets/" + canvas, """
                {"answers": {"place": "%s", "problem": "Die Schaukel ist kaputt.",
                 "first-steps": [{"step": "Ortstermin", "responsible": "Amina und Herr Köhler", "by-when": "Mai"}]}}""".formatted(place), "Authorization", member);
        assertEquals(200, filled.statusCode(), filled.body());

        driver.manage().window().setSize(new Dimension(360, 740));
        LoginPage.open(driver, base).logIn(email, WorksheetFixture.PASSWORD);
        driver.get(base + "/project/projects.xhtml?lang=de");
        assertTrue(driver.findElement(By.id("noProjects")).getText().contains("Baustelle"));
        noSidewaysScrolling();
        driver.findElement(By.cssSelector("a.from-canvas[data-worksheet='" + canvas + "']"))
                .click();

        WebElement title = wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("project:title")));
        assertEquals(place, title.getAttribute("value"), "prefilled from the canvas");
        assertTrue(driver.findElement(By.id("project:firstSteps"))
                .getAttribute("value")
                .contains("Ortstermin"));
        title.clear();
        title.sendKeys("Unsere Schaukel");
        noSidewaysScrolling();
        driver.findElement(By.id("project:save")).click();

        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-heading"), "Unsere Schaukel"));
        assertEquals("Idee", driver.findElement(By.id("status")).getText());
        noSidewaysScrolling();

        driver.findElement(By.id("project:updateText")).sendKeys("Erstes Treffen am Spielplatz, zwölf Leute kamen.");
        driver.findElement(By.cssSelector("[id='project:photoUpload'] input[type=file]"))
                .sendKeys(photo().toString());
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("project:pendingPhotos"), "treffen"));
        driver.findElement(By.id("project:post")).click();
        WebElement update = wait(30).until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.project-update img")));
        wait(20).until(d -> (Boolean)
                driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", update));
        assertTrue(driver.findElement(By.cssSelector("article.project-update"))
                .getText()
                .contains("zwölf Leute"));

        new Select(driver.findElement(By.id("project:newStatus"))).selectByValue("RUNNING");
        driver.findElement(By.id("project:changeStatus")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "läuft"));
        noSidewaysScrolling();
    }

    private void noSidewaysScrolling() {
        assertTrue(
                (Long) driver.executeScript("return document.documentElement.scrollWidth") <= 360,
                "no sideways scrolling at 360 px: " + driver.getCurrentUrl());
    }

    private static void confirmInNewCommittee(Http http, String member) {
        HttpResponse<String> created = http.postJson(
                "/api/v1/committees",
                """
                {"name": "Integrationsrat Schaukel %s", "municipality": "Bonn", "ags": "05314000"}""".formatted(UUID.randomUUID().toString().substring(0, 8)),
                "Authorization",
                WorksheetFixture.STAFF);
        assertEquals(201, created.statusCode(), created.body());
        long committee = Http.json(created).getJsonNumber("id").longValue();
        long id = Http.json(http.get("/api/v1/me", "Authorization", member))
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                http.putJson(
                                "/api/v1/accounts/" + id + "/committee",
                                "{\"committeeId\": " + committee + "}",
                                "Authorization",
                                WorksheetFixture.STAFF)
                        .statusCode());
    }

    private static long canvas(Http http, String member) {
        return Http.parse(http.get("/api/v1/me/worksheets", "Authorization", member)
                        .body())
                .asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(w -> w.getString("templateKey").equals("outreach-and-project"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** A small JPEG, as a phone would send one. */
    private static Path photo() throws Exception {
        Path file = Files.createTempDirectory("project-photo").resolve("treffen.jpg");
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x228833);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
