package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.committeeacademy.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Profiles, consents, the legal pages, the interest list and the admin's erasure, with accounts, venues and cohorts
 * of this test's own: the demo's people and cohorts are only read.
 */
class ProfileIT extends BrowserTestBase {

    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String PASSWORD = "profile-it-password";
    private static final Pattern CONFIRM_LINK = Pattern.compile("interest-confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Test
    void aNeedSharedWithConsentReachesTheCohortsTrainerAndNobodyElse() throws Exception {
        Http http = new Http(url.toURI());
        String email = unique("needs");
        DemoApi demo = new DemoApi(http);
        long memberId = demo.account(email, "Mira Profil", PASSWORD, "MEMBER");
        long trainerId = demo.accountId(basic("trainer@example.org", DEMO_PASSWORD));
        long cohortId = openCohort(http, demo.venueId(DemoApi.BONN), "[" + trainerId + "]");
        demo.enrolConfirmed(cohortId, memberId);

        LoginPage.open(driver, base).logIn(email, PASSWORD);
        click(By.id("privacyBanner:acknowledge"));
        tolerantWait(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("privacyBanner:acknowledge")));
        driver.navigate().refresh();
        assertTrue(driver.findElements(By.id("privacyBanner:acknowledge")).isEmpty(), "acknowledged for good");

        clicked(By.id("moreToggle")); // the profile is under "Mehr" in the header
        submit(By.id("profileLink"));
        type("profile:municipality", "Bergisch Gladbach");
        type("profile:accessibilityNeeds", "Bitte Unterlagen in großer Schrift");
        type("profile:talents", "Übersetzen bei Elternabenden");
        driver.findElement(By.id("profile:needsConsent")).click();
        submit(By.id("profile:save"));
        assertTrue(driver.getPageSource().contains("Ohne Ihre Einwilligung speichern wir nichts"), "talents refused");
        assertEquals(
                "Übersetzen bei Elternabenden",
                driver.findElement(By.id("profile:talents")).getAttribute("value"),
                "nothing typed is lost");
        driver.findElement(By.id("profile:talentsConsent")).click();
        driver.findElement(By.cssSelector("input[name='profile:talentsVisibility'][value='COHORT']"))
                .click();
        submit(By.id("profile:save"));
        tolerantWait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "gespeichert"));
        assertEquals(
                "Bitte Unterlagen in großer Schrift",
                driver.findElement(By.id("profile:accessibilityNeeds")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("profile:needsConsent")).isSelected());

        new Header(driver).logOut();
        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/roster.xhtml?id=" + cohortId);
        tolerantWait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("lists:seated")));
        assertTrue(
                driver.findElement(By.id("lists:seated")).getText().contains("Bitte Unterlagen in großer Schrift"),
                "the cohort's trainer sees the need");

        String api = http.get(
                        "/api/v1/cohorts/" + cohortId + "/enrolments",
                        "Authorization",
                        basic("trainer@example.org", DEMO_PASSWORD))
                .body();
        assertTrue(api.contains("Mira Profil"), api);
        assertFalse(api.contains("großer Schrift"), "the roster API tells nobody the need: " + api);

        Http otherTrainer = new Http(url.toURI());
        otherTrainer.formLogin("jonas.becker@example.org", DEMO_PASSWORD);
        assertEquals(404, otherTrainer.get("/team/roster.xhtml?id=" + cohortId).statusCode(), "not his cohort");

        Http otherMember = new Http(url.toURI());
        otherMember.formLogin("member@example.org", DEMO_PASSWORD);
        assertEquals(403, otherMember.get("/team/roster.xhtml?id=" + cohortId).statusCode());
        String cohortPage = otherMember.get("/cohort.xhtml?id=" + cohortId).body();
        assertFalse(cohortPage.contains("großer Schrift"), "members never see needs");
        assertFalse(cohortPage.contains("Elternabenden"), "talents are for her own cohort only");
    }

    @Test
    void thePrivacyNoticeAndTheAccessibilityStatementArePublicInBothLanguages() throws Exception {
        Http anonymous = new Http(url.toURI());
        String privacy = anonymous.get("/privacy.xhtml?lang=de").body();
        assertTrue(privacy.contains("Art. 9"), privacy);
        assertTrue(privacy.contains("die durchführende Volkshochschule"), privacy);
        assertTrue(privacy.contains("Aufsichtsbehörde"), privacy);
        String accessibility = anonymous.get("/accessibility.xhtml").body();
        assertTrue(accessibility.contains("teilweise barrierefrei"), accessibility);
        assertTrue(accessibility.contains("Schlichtungsstelle"), accessibility);
        assertTrue(anonymous.get("/privacy.xhtml?lang=en").body().contains("supervisory authority"));
        assertTrue(anonymous.get("/accessibility.xhtml?lang=en").body().contains("partially compliant"));
        // what was tested, and when, in the reader's language (issue 24)
        assertTrue(accessibility.contains("Was wir geprüft haben (Stand: 5. Dezember 2026)"), accessibility);
        assertTrue(accessibility.contains("axe-core"), accessibility);
        String turkish = anonymous.get("/accessibility.xhtml?lang=tr").body();
        assertTrue(turkish.contains("Neleri test ettik (5 Aralık 2026 itibarıyla)"), turkish);
        assertTrue(turkish.contains("Hukuken bağlayıcı"), "the Turkish statement itself");
        assertFalse(turkish.contains("yalnızca Almanca ve İngilizce"), "no longer only German and English");
        anonymous.get("/index.xhtml?lang=de");

        driver.get(base + "/catalogue.xhtml");
        assertFalse(driver.findElements(By.id("privacyLink")).isEmpty(), "linked in every page's footer");
        assertFalse(driver.findElements(By.id("accessibilityLink")).isEmpty());
    }

    @Test
    void theInterestListTellsConfirmedPeopleOnceWhenACourseOpensAtTheirVenue() throws Exception {
        Http http = new Http(url.toURI());
        String venueName = "VHS Interesse " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> venue = http.postJson("/api/v1/venues", """
                {"name":"%s","address":"Markt 1, 53111 Bonn","contactEmail":"info@vhs.example"}""".formatted(venueName), "Authorization", STAFF);
        assertEquals(201, venue.statusCode(), venue.body());
        long venueId = json(venue).getJsonNumber("id").longValue();
        String email = unique("interest");

        driver.get(base + "/interest.xhtml?venue=" + venueId + "&lang=de");
        type("interest:name", "Ida Interessiert");
        type("interest:email", email);
        submit(By.id("interest:signUp"));
        assertTrue(driver.getPageSource().contains("Bitte willigen Sie"), "consent is required");
        driver.findElement(By.id("interest:privacy")).click();
        submit(By.id("interest:signUp"));
        tolerantWait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Fast geschafft"));

        OutboxPages outbox = OutboxPages.asAdmin(url.toURI());
        String confirmation = outbox.mail(outbox.awaitMails(email, 1).get(0));
        Matcher token = CONFIRM_LINK.matcher(confirmation);
        assertTrue(token.find(), confirmation);
        driver.get(base + "/interest-confirm.xhtml?token=" + token.group(1));
        assertEquals("confirmed", driver.findElement(By.id("outcome")).getAttribute("data-outcome"));

        long cohortId = openCohort(http, venueId, "[]");
        List<Long> mails = outbox.awaitMails(email, 2);
        String opened = outbox.mail(mails.stream().max(Long::compare).orElseThrow());
        assertTrue(opened.contains("cohort.xhtml?id=" + cohortId), opened);

        assertEquals(
                200,
                http.postJson(
                                "/api/v1/cohorts/" + cohortId + "/status",
                                "{\"status\":\"DRAFT\"}",
                                "Authorization",
                                STAFF)
                        .statusCode());
        assertEquals(
                200,
                http.postJson(
                                "/api/v1/cohorts/" + cohortId + "/status",
                                "{\"status\":\"OPEN\"}",
                                "Authorization",
                                STAFF)
                        .statusCode());
        Thread.sleep(1500);
        assertEquals(2, outbox.awaitMails(email, 2).size(), "told once about a cohort");

        Http staff = new Http(url.toURI());
        staff.formLogin("staff@example.org", DEMO_PASSWORD);
        String list = staff.get("/staff/interest.xhtml?venue=" + venueId).body();
        assertTrue(list.contains(email), list);
    }

    @Test
    void anAdminErasesAnAccountAfterTypingItsAddress() throws Exception {
        Http http = new Http(url.toURI());
        String email = unique("erase");
        new DemoApi(http)
                .account(email, "Aaron Abel " + UUID.randomUUID().toString().substring(0, 4), PASSWORD, "MEMBER");
        assertEquals(
                200,
                http.get("/api/v1/me", "Authorization", basic(email, PASSWORD)).statusCode());

        LoginPage.open(driver, base).logIn("admin@example.org", DEMO_PASSWORD);
        driver.get(base + "/admin/accounts.xhtml?lang=de");
        WebElement row = tolerantWait(20)
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[td[contains(., '" + email + "')]]")));
        row.findElement(By.cssSelector("button[id$=':erase']")).click();
        tolerantWait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("eraseForm"), email));
        type("eraseForm:typedEmail", email);
        click(By.id("eraseForm:confirmErase"));
        tolerantWait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "gelöscht"));

        assertFalse(driver.findElement(By.id("list:accounts")).getText().contains(email));
        assertEquals(
                401,
                http.get("/api/v1/me", "Authorization", basic(email, PASSWORD)).statusCode());
    }

    private static long openCohort(Http http, long venueId, String trainerIds) {
        return new DemoApi(http)
                .cohort("Profil-Kurs", venueId, ", \"trainerIds\": " + trainerIds + ", \"status\": \"OPEN\"");
    }

    private void click(By by) {
        clicked(by);
    }

    /** Finds and clicks in one step, again if the page replaced the element in between. */
    private WebElement clicked(By by) {
        return tolerantWait(20).until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            element.click();
            return element;
        });
    }

    /** Clicks a button or link that loads a whole page, and waits for the next page. */
    private void submit(By by) {
        WebElement button = clicked(by);
        tolerantWait(30).until(ExpectedConditions.stalenessOf(button));
    }

    private void type(String id, String text) {
        WebElement field = tolerantWait(20).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Waits that look again when the page replaced an element while it was being looked at: Chromium reports that as
     * a stale element, or as a node that "does not belong to the document" when it happens between finding and asking.
     */
    private FluentWait<WebDriver> tolerantWait(int seconds) {
        return new WebDriverWait((WebDriver) driver, Duration.ofSeconds(seconds))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class);
    }

    private static String unique(String what) {
        return "profile-" + what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
