package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** The journeys people take, in headless Chromium against the packaged application. */
class BrowserIT extends BrowserTestBase {

    @ParameterizedTest
    @CsvSource({
        "member@example.org, /member/home.xhtml, Meine Kurse",
        "trainer@example.org, /trainer/home.xhtml, Meine Termine",
        "staff@example.org, /staff/home.xhtml, Kursverwaltung",
        "admin@example.org, /admin/accounts.xhtml, Konten und Rollen"
    })
    void eachDemoRoleLandsOnItsHomePage(String email, String home, String heading) {
        LoginPage.open(driver, base).logIn(email, DEMO_PASSWORD);

        assertTrue(driver.getCurrentUrl().endsWith(home), driver.getCurrentUrl());
        Header header = new Header(driver);
        assertEquals(heading, header.heading());

        header.logOut();
        assertTrue(driver.getPageSource().contains("Sie haben sich abgemeldet."));
    }

    @Test
    void theTrainerSeesTodaysSessionAndTheMemberTheirCourses() {
        LoginPage.open(driver, base).logIn("trainer@example.org", DEMO_PASSWORD);
        String trainerPage = driver.getPageSource();
        assertTrue(trainerPage.contains("Strategische Ziele entwickeln"), "today covers module 2");
        assertTrue(trainerPage.contains("8 Teilnehmende angemeldet"));
        new Header(driver).logOut();

        LoginPage.open(driver, base).logIn("member@example.org", DEMO_PASSWORD);
        assertTrue(driver.getPageSource().contains("Bonn – Samstagsreihe"));
    }

    @Test
    void aWrongPasswordShowsAnErrorAndKeepsTheAddress() {
        LoginPage login = LoginPage.open(driver, base);
        login.logIn("member@example.org", "not the password");

        assertEquals("E-Mail-Adresse oder Passwort ist nicht richtig.", login.errorMessage());
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"));
        assertEquals(
                "member@example.org",
                driver.findElement(org.openqa.selenium.By.id("login:email")).getAttribute("value"));
    }

    @Test
    void theLanguageChoiceIsRememberedForTheAccount() {
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        Header header = new Header(driver);
        header.switchLanguage("en");
        assertEquals("Course management", header.heading());
        header.logOut();

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        assertEquals("Course management", header.heading(), "English again after a new login");
        header.switchLanguage("de");
        assertEquals("Kursverwaltung", header.heading());
    }

    @Test
    void theAdminOpensAnAccountAndChangesItsRoles() {
        LoginPage.open(driver, base).logIn("admin@example.org", DEMO_PASSWORD);
        AccountsPage accounts = new AccountsPage(driver);
        String email = "aaron-" + System.nanoTime() + "@example.org";

        accounts.open(email, "Aaron Abel", "short");
        assertEquals("Das Passwort muss mindestens 8 Zeichen lang sein.", accounts.fieldError("password"));

        accounts.open(email, "Aaron Abel", "a good long password");
        assertEquals("Das Konto für " + email + " wurde angelegt.", accounts.notice());
        assertTrue(accounts.row(email).getText().contains("Mitglied"));

        accounts.giveRoles(email, java.util.List.of("Trainer*in"));
        String row = accounts.row(email).getText();
        assertTrue(row.contains("Trainer*in") && row.contains("Mitglied"), row);
    }

    @Test
    void staffEditAModuleTitleWithAPreviewAndTheCatalogueShowsIt() {
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        driver.get(base + "/curriculum/edit.xhtml");
        // the ajax update replaces the inputs while we wait for their new values
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);

        String order = driver.findElement(org.openqa.selenium.By.cssSelector(".module-order"))
                .getText();
        assertTrue(
                order.contains("Wahlbaustein") || order.contains("optional module"),
                "module 4 is marked optional in the series' order: " + order);
        // choose through the menu widget's own API, then fire the change event a click on the item fires
        driver.executeScript(
                "PF('chooseModule').selectValue('political-advocacy'); PF('chooseModule').triggerChange();");
        wait.until(d -> d.findElement(org.openqa.selenium.By.id("module:moduleTitleDe"))
                .getAttribute("value")
                .equals("Politische Interessenvertretung"));

        var title = driver.findElement(org.openqa.selenium.By.id("module:moduleTitleDe"));
        title.clear();
        title.sendKeys("Interessen wirksam vertreten");
        wait.until(d -> d.findElement(org.openqa.selenium.By.id("module:modulePreview"))
                .getText()
                .contains("Interessen wirksam vertreten"));
        var objectives = driver.findElement(org.openqa.selenium.By.id("module:objectivesDe"));
        objectives.sendKeys("\nSie schreiben eine Pressemitteilung.");
        wait.until(d -> d.findElement(org.openqa.selenium.By.id("module:objectivesPreview"))
                .getText()
                .contains("Sie schreiben eine Pressemitteilung."));
        driver.findElement(org.openqa.selenium.By.id("module:saveModule")).click();
        wait.until(d ->
                d.findElement(org.openqa.selenium.By.id("messages")).getText().contains("Gespeichert."));

        driver.get(base + "/catalogue.xhtml");
        assertTrue(driver.getPageSource().contains("Interessen wirksam vertreten"));
        assertTrue(driver.getPageSource().contains("Sie schreiben eine Pressemitteilung."));
    }

    @Test
    void theStartPageFitsAPhoneScreen() {
        driver.manage().window().setSize(new Dimension(360, 740));
        driver.get(base + "/");

        long scrollWidth =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
        assertTrue(scrollWidth <= viewport, "no sideways scrolling: " + scrollWidth + " > " + viewport);
        assertTrue(driver.getPageSource().contains("Köln – Frühjahrskurs"));
    }
}
