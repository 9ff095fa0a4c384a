package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The profile page's sign-in part on a phone (360 px): a token is shown once and works, revoking asks first; the
 * password form explains a wrong current password and keeps this browser signed in after a change.
 */
class AccountSecurityBrowserIT extends BrowserTestBase {

    @Test
    void aMemberCreatesUsesAndRevokesATokenAndChangesTheirPasswordOnAPhone() throws Exception {
        Http http = new Http(url.toURI());
        String email = "sicher-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "Eifel und Hunsrück " + UUID.randomUUID();
        new DemoApi(http).account(email, "Sven Sicher", password, "MEMBER");

        driver.manage().window().setSize(new Dimension(360, 740));
        LoginPage.open(driver, base).logIn(email, password);
        driver.get(base + "/account/profile.xhtml");
        wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("apiTokens:name")));
        assertTrue(text("apiTokens").contains("Sie haben keine gültigen API-Tokens"), "the empty list says so");

        driver.findElement(By.id("apiTokens:name")).sendKeys("Auswertung <b>fett</b>");
        driver.findElement(By.id("apiTokens:create")).click();
        WebElement secretField =
                wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("apiTokens:secret")));
        String secret = secretField.getAttribute("value");
        assertTrue(text("createdToken").contains("nur dieses eine Mal"), "the warning");
        assertTrue(driver.findElement(By.id("apiTokens:copy")).isDisplayed(), "a copy button");
        assertTrue(text("apiTokens").contains("Auswertung <b>fett</b>"), "the name as typed, not as markup");
        assertFitsTheScreen();
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", "Bearer " + secret);
        assertEquals(200, me.statusCode(), me.body());

        driver.get(base + "/account/profile.xhtml");
        wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("apiTokens:name")));
        assertFalse(driver.getPageSource().contains(secret), "shown once only");
        WebElement revoke = driver.findElement(By.cssSelector("button[id$=':revoke']"));
        revoke.click();
        WebElement dialog =
                wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        wait(10).until(ExpectedConditions.invisibilityOf(dialog));
        assertEquals(
                200, http.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode(), "kept");
        driver.findElement(By.cssSelector("button[id$=':revoke']")).click();
        wait(10).until(ExpectedConditions.visibilityOf(dialog));
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait(20).until(d -> text("apiTokens").contains("Das Token ist widerrufen"));
        assertEquals(
                401, http.get("/api/v1/me", "Authorization", "Bearer " + secret).statusCode(), "revoked");

        driver.findElement(By.id("changePassword:current")).sendKeys("nicht mein Passwort");
        String fresh = "Westerwald " + UUID.randomUUID();
        driver.findElement(By.id("changePassword:password")).sendKeys(fresh);
        driver.findElement(By.id("changePassword:repeat")).sendKeys(fresh);
        driver.findElement(By.id("changePassword:submit")).click();
        wait(20).until(d -> text("changePassword").contains("Das aktuelle Passwort stimmt nicht"));

        driver.findElement(By.id("changePassword:current")).sendKeys(password);
        driver.findElement(By.id("changePassword:password")).sendKeys(fresh);
        driver.findElement(By.id("changePassword:repeat")).sendKeys(fresh);
        driver.findElement(By.id("changePassword:submit")).click();
        wait(20).until(d -> text("changePassword").contains("Ihr Passwort wurde geändert"));
        assertFitsTheScreen();
        driver.get(base + "/account/profile.xhtml");
        assertEquals(base + "/account/profile.xhtml", driver.getCurrentUrl(), "still signed in here");
        assertEquals(
                200,
                http.get("/api/v1/me", "Authorization", basic(email, fresh)).statusCode());
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void assertFitsTheScreen() {
        assertTrue(
                (Long) driver.executeScript("return document.documentElement.scrollWidth") <= 360,
                () -> "no sideways scrolling at 360 px; too wide: "
                        + driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
                                + ".filter(e => e.getBoundingClientRect().right > 361)"
                                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                                + " + Math.round(e.getBoundingClientRect().right)).slice(0, 15).join(' | ')"));
    }
}
