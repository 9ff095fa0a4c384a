package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24: the pages a link in a mail opens, which no crawl of the menus reaches, pass axe-core at 1280 px and at
 * 360 px like every other page ({@link AxeEveryPageBrowserIT}): an invitation, a password reset, the interest list's
 * confirmation and its "leave the list" question, and a link that is no longer valid. The tokens come through the
 * application's own flows and its outbox. One browser, no sign-in.
 */
class AxeTokenPagesBrowserIT extends BrowserTestBase {

    private static final String STAFF = Http.basic("staff@example.org", DEMO_PASSWORD);
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{20,})");
    private static final Pattern CONFIRM = Pattern.compile("interest-confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Test
    void thePagesALinkInAMailOpensPassAxeAtBothWidths() throws Exception {
        Http api = new Http(new URI(base));
        OutboxPages outbox = OutboxPages.asAdmin(new URI(base));
        List<String> pages = new ArrayList<>();

        String invited = unique("axe-eingeladen");
        HttpResponse<String> invitation =
                api.postJson("/api/v1/invitations", """
                {"name": "Emre Kaya", "email": "%s", "language": "de"}""".formatted(invited), "Authorization", STAFF);
        assertEquals(201, invitation.statusCode(), invitation.body());
        pages.add("/invitation.xhtml?token=" + token(outbox, invited, TOKEN));

        String forgetful = unique("axe-vergesslich");
        HttpResponse<String> account = api.postJson(
                "/api/v1/accounts",
                """
                {"email": "%s", "name": "Vera Gesslich", "password": "%s", "roles": ["MEMBER"], "language": "de"}""".formatted(forgetful, "altes Passwort " + UUID.randomUUID()),
                "Authorization",
                STAFF);
        assertEquals(201, account.statusCode(), account.body());
        assertEquals(
                202,
                api.postJson("/api/v1/password-reset", """
                {"email": "%s"}""".formatted(forgetful)).statusCode());
        pages.add("/password-reset.xhtml?token=" + token(outbox, forgetful, TOKEN));

        String interested = unique("axe-interesse");
        String interestToken = interestSignUp(api, interested, outbox);
        pages.add("/interest-confirm.xhtml?token=" + interestToken);
        pages.add("/interest-confirm.xhtml?unsubscribe=true&token=" + interestToken);
        pages.add("/invitation.xhtml?token=no-longer-valid-" + UUID.randomUUID());
        pages.add("/password-reset.xhtml?token=no-longer-valid-" + UUID.randomUUID());

        String axe = AxeEveryPageBrowserIT.axeScript();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(base + page);
            AxeEveryPageBrowserIT.check(driver, axe, page + " at 1280 px", failures);
            driver.manage().window().setSize(new Dimension(360, 780));
            AxeEveryPageBrowserIT.check(driver, axe, page + " at 360 px", failures);
            Object widths =
                    driver.executeScript("return document.documentElement.scrollWidth + ' > ' + window.innerWidth;");
            String[] w = widths.toString().split(" > ");
            if (Integer.parseInt(w[0]) > Integer.parseInt(w[1])) {
                failures.add(page + " at 360 px scrolls sideways: " + widths);
            }
        }
        assertTrue(failures.isEmpty(), pages.size() + " pages:\n" + String.join("\n", failures));
    }

    /** Signs up for a venue's interest list on the page, as a person would; answers the confirmation link's token. */
    private String interestSignUp(Http api, String email, OutboxPages outbox) throws Exception {
        long venueId = Http.parse(
                        api.get("/api/v1/venues", "Authorization", STAFF).body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        driver.get(base + "/interest.xhtml?venue=" + venueId + "&lang=de");
        type("interest:name", "Ida Interessiert");
        type("interest:email", email);
        driver.findElement(By.id("interest:privacy")).click();
        WebElement button = driver.findElement(By.id("interest:signUp"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
        return token(outbox, email, CONFIRM);
    }

    private void type(String id, String text) {
        WebElement field = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static String token(OutboxPages outbox, String email, Pattern link) throws InterruptedException {
        String mail = outbox.mail(outbox.awaitMails(email, 1).get(0));
        Matcher m = link.matcher(mail);
        assertTrue(m.find(), mail);
        return m.group(1);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
