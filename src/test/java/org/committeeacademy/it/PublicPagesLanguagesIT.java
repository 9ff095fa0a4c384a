package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Issue 21: the public pages in Turkish, Arabic and Ukrainian speak no German (apart from what is German on purpose and
 * marked {@code lang="de"}: the switch's "Deutsch" and "Einfache Sprache", the glossary's German words), Arabic runs
 * right to left and passes axe-core on every public page, and plain German is its own choice.
 */
class PublicPagesLanguagesIT extends BrowserTestBase {

    private static final List<String> PAGES = List.of(
            "/index.xhtml",
            "/catalogue.xhtml",
            "/glossary.xhtml",
            "/login.xhtml",
            "/register.xhtml",
            "/interest.xhtml",
            "/privacy.xhtml",
            "/accessibility.xhtml");

    /**
     * Words of the German interface and of the German curriculum that must not be left on a translated page (not
     * "Katalog", which is Turkish too).
     */
    private static final List<String> GERMAN_WORDS = List.of(
            "Anmelden",
            "Startseite",
            "Warteliste",
            "Plätze",
            "Kurse",
            "Lernziele",
            "Fortbildung",
            "Passwort",
            "Lokalen Kontext verstehen",
            "Strategische Ziele entwickeln",
            "Kurze Pause",
            "Mittagspause",
            "Ausschuss",
            "Gemeinde",
            "Wörter",
            "Qualifizierungsreihe",
            "Hauptnavigation",
            "Zum Inhalt",
            "Barrierefreiheit",
            "Bildschirmleser",
            "Erklärung",
            "Rechtsbeistand");

    @ParameterizedTest
    @CsvSource({"tr,ltr", "ar,rtl", "uk,ltr"})
    void thePublicPagesSpeakTheChosenLanguageOnly(String language, String direction) {
        for (String page : PAGES) {
            driver.get(base + page + "?lang=" + language);

            assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"), page);
            assertEquals(direction, driver.findElement(By.tagName("html")).getAttribute("dir"), page);
            String text = textWithoutGerman();
            for (String word : GERMAN_WORDS) {
                assertFalse(
                        Pattern.compile("\\b" + word + "\\b", Pattern.UNICODE_CHARACTER_CLASS)
                                .matcher(text)
                                .find(),
                        page + " in " + language + " still says \"" + word + "\":\n" + text);
            }
        }
    }

    @Test
    void theCatalogueShowsTheModulesInTheMembersLanguageAndLinksTheGlossary() {
        driver.get(base + "/catalogue.xhtml?lang=uk");
        String text = driver.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("Розуміння місцевого контексту"), text);
        assertTrue(text.contains("Ви можете простими словами пояснити"), "objectives in Ukrainian: " + text);

        driver.findElement(By.cssSelector("#module-local-context .glossary-link a"))
                .click();
        assertTrue(driver.getCurrentUrl().contains("/glossary.xhtml"), driver.getCurrentUrl());
        String glossary = driver.findElement(By.tagName("main")).getText();
        assertTrue(glossary.contains("пропозиція"), glossary);
        assertEquals(
                "Antrag",
                driver.findElement(By.cssSelector("#antrag span[lang='de']")).getText());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/index.xhtml",
                "/catalogue.xhtml",
                "/glossary.xhtml",
                "/login.xhtml",
                "/register.xhtml",
                "/interest.xhtml",
                "/privacy.xhtml",
                "/accessibility.xhtml"
            })
    void axeCoreFindsNothingOnTheArabicPublicPages(String page) throws IOException {
        driver.get(base + page + "?lang=ar");
        assertEquals("rtl", driver.executeScript("return getComputedStyle(document.body).direction"));
        String axe;
        try (InputStream in = PublicPagesLanguagesIT.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.executeScript(axe);
        Object violations = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                + " 'wcag21aa', 'best-practice']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target)"
                + ".join(' | ')).join('\\n')))"
                + ".catch(e => done('axe failed: ' + e));");
        assertEquals("", violations, page);
    }

    /** Issue 21: the privacy notice (6 sections) and the accessibility statement (4 sections) in every language. */
    @ParameterizedTest
    @CsvSource({
        "privacy,tr,ltr,6,Hukuken bağlayıcı olan yalnızca Almanca metindir.",
        "privacy,ar,rtl,6,النص الألماني وحده هو الملزم قانونيًا.",
        "privacy,uk,ltr,6,Юридично обов’язковим є лише німецький",
        "accessibility,tr,ltr,4,Hukuken bağlayıcı olan yalnızca Almanca metindir.",
        "accessibility,ar,rtl,4,النص الألماني وحده هو الملزم قانونيًا.",
        "accessibility,uk,ltr,4,Юридично обов’язковим є лише німецький"
    })
    void theLegalTextsAreTranslatedAndSayThatTheGermanTextBinds(
            String page, String language, String direction, int sections, String binds) {
        driver.get(base + "/" + page + ".xhtml?lang=" + language);
        var text = driver.findElement(By.cssSelector("#" + page + " > div[lang='" + language + "']"));
        assertEquals(direction, text.getAttribute("dir"));
        assertTrue(text.findElement(By.cssSelector("p.notice")).getText().contains(binds), text.getText());
        assertEquals(sections, text.findElements(By.tagName("h2")).size(), "every section of the German text");
        String body = textWithoutGerman();
        for (String tell : List.of("Vereinbarkeit", "Durchsetzungsverfahren", "Compliance status", "English only")) {
            assertFalse(body.contains(tell), page + " in " + language + " says \"" + tell + "\":\n" + body);
        }
    }

    @Test
    void plainGermanIsItsOwnChoiceWithPlainTextsAndGermanForTheRest() {
        driver.get(base + "/index.xhtml?lang=de-plain");

        assertEquals("de", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("true", driver.findElement(By.id("plainGerman")).getAttribute("aria-current"));
        String start = driver.findElement(By.tagName("main")).getText();
        assertTrue(start.contains("Sie lernen in kleinen Gruppen. Sie lernen: So arbeitet Ihre Stadt."), start);
        assertTrue(start.contains("Sie lernen: So arbeitet Ihre Stadt. Es gibt den Rat"), "plain module summary");

        driver.get(base + "/catalogue.xhtml");
        String catalogue = driver.findElement(By.tagName("main")).getText();
        assertTrue(catalogue.contains("Das lernen Sie"), "the choice is kept: " + catalogue);
        assertTrue(catalogue.contains("Sie kennen den Weg einer Entscheidung. Zuerst gibt es eine Idee."), catalogue);

        driver.get(base + "/index.xhtml?lang=de");
        String german = driver.findElement(By.tagName("main")).getText();
        assertTrue(german.contains("Lernen Sie in kleinen Gruppen"), german);
        assertFalse(german.contains("Sie lernen: So arbeitet Ihre Stadt. Es gibt den Rat"), german);
    }

    /**
     * The page's text without what is marked German on purpose, and without the titles of cohorts, which are the
     * provider's own words (other tests on the shared server make cohorts with German titles, e.g. "Warteliste …").
     */
    private String textWithoutGerman() {
        return (String) driver.executeScript("const german = [...document.querySelectorAll("
                + "'body [lang=\"de\"], a[href*=\"cohort.xhtml?id=\"]')];"
                + "const shown = german.map(e => e.style.display); german.forEach(e => e.style.display = 'none');"
                + "const text = document.body.innerText; german.forEach((e, i) => e.style.display = shown[i]);"
                + "return text;");
    }
}
