package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Issue 21: the public pages in Arabic run right to left, speak no German and pass axe-core. */
class ArabicPagesIT extends BrowserTestBase {

    /** Words of the German interface that must not be left on an Arabic page (the switch's "Deutsch" may stay). */
    private static final List<String> GERMAN_WORDS = List.of(
            "Anmelden",
            "Startseite",
            "Katalog",
            "Warteliste",
            "Plätze",
            "Kurse",
            "Datenschutz",
            "Barrierefreiheit",
            "Lernziele",
            "Zum Inhalt",
            "Fortbildung",
            "Hauptnavigation");

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/catalogue.xhtml"})
    void publicPagesInArabicRunRightToLeftWithoutGerman(String page) {
        driver.get(base + page + "?lang=ar");

        assertEquals("ar", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("rtl", driver.executeScript("return getComputedStyle(document.body).direction"));
        String text = driver.findElement(By.tagName("body")).getText();
        for (String word : GERMAN_WORDS) {
            assertTrue(
                    !Pattern.compile("\\b" + word + "\\b", Pattern.UNICODE_CHARACTER_CLASS)
                            .matcher(text)
                            .find(),
                    page + " still says \"" + word + "\":\n" + text);
        }
        assertTrue(text.contains("دليل الدورات"), "the Arabic navigation: " + text);
    }

    @Test
    void theSwitchOffersEachLanguageByItsOwnNameAndLeadsBackToGerman() {
        driver.get(base + "/index.xhtml?lang=ar");
        String arabic = driver.findElement(By.cssSelector(".language-switch a[lang='ar']"))
                .getText();
        assertEquals("العربية", arabic);
        assertEquals(
                "English",
                driver.findElement(By.cssSelector(".language-switch a[lang='en']"))
                        .getText());

        new Header(driver).switchLanguage("de");
        assertEquals("ltr", driver.findElement(By.tagName("html")).getAttribute("dir"));
    }

    @Test
    void axeCoreFindsNothingOnTheArabicStartPage() throws IOException {
        driver.get(base + "/index.xhtml?lang=ar");
        String axe;
        try (InputStream in = ArabicPagesIT.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.executeScript(axe);
        Object violations = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                + " 'wcag21aa', 'best-practice']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target)"
                + ".join(' | ')).join('\\n')))"
                + ".catch(e => done('axe failed: ' + e));");
        assertEquals("", violations);
    }
}
