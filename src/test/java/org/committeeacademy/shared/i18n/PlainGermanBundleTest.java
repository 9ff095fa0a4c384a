package org.committeeacademy.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Plain German (Einfache Sprache) rewrites German texts: only keys German has, the same placeholders, really other
 * words; everything it does not rewrite comes from German.
 */
class PlainGermanBundleTest {

    private static final String FOLDER = "/org/committeeacademy/i18n/";
    private static final Locale PLAIN = new Locale("de", "", "plain");

    @Test
    void everyPlainTextRewritesAGermanOneWithTheSamePlaceholders() throws IOException {
        Properties german = load("messages.properties");
        Properties plain = load("messages_de__plain.properties");

        assertTrue(plain.size() >= 20, "the start page and the catalogue are rewritten: " + plain.size());
        for (String key : plain.stringPropertyNames()) {
            assertTrue(german.containsKey(key), key + " is not a German key");
            assertEquals(placeholders(german.getProperty(key)), placeholders(plain.getProperty(key)), key);
            assertNotEquals(german.getProperty(key), plain.getProperty(key), key + " is not rewritten");
            assertFalse(plain.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void thePlainLocaleReadsThePlainTextsAndGermanForTheRest() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, PLAIN);
        Properties plain = load("messages_de__plain.properties");
        Properties german = load("messages.properties");

        assertEquals(plain.getProperty("start.lead"), bundle.getString("start.lead"));
        assertEquals(german.getProperty("login.email"), bundle.getString("login.email"));
    }

    @Test
    void theStartPageAndTheCatalogueHaveTheirPlainTexts() throws IOException {
        Properties plain = load("messages_de__plain.properties");
        for (String key : Set.of(
                "start.heading",
                "start.lead",
                "start.series",
                "start.cohorts",
                "catalogue.title",
                "catalogue.objectives",
                "catalogue.agenda",
                "catalogue.glossary",
                "glossary.intro")) {
            assertTrue(plain.containsKey(key), key);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlainGermanBundleTest.class.getResourceAsStream(FOLDER + file)) {
            assertNotNull(in, file);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
