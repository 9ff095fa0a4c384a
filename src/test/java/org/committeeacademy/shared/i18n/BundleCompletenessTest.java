package org.committeeacademy.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;

/**
 * Every offered language speaks every text: each {@code messages_<code>.properties} found next to the German default
 * (so Turkish and Ukrainian are checked as soon as they are merged) has every key of messages.properties, non-empty,
 * with the same placeholders, and is a valid MessageFormat pattern wherever it has placeholders.
 */
class BundleCompletenessTest {

    private static final String FOLDER = "/org/committeeacademy/i18n/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(FOLDER + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The language bundles on the class path: messages_xx.properties, without the German alias messages_de. */
    private static List<String> bundleFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(BundleCompletenessTest.class.getResource(FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("messages_[a-z]{2}\\.properties") && !n.equals("messages_de.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyBundleFoundBelongsToAKnownLanguageAndIsOffered() throws Exception {
        List<String> files = bundleFiles();
        assertTrue(files.contains("messages_en.properties"), files.toString());
        assertTrue(files.contains("messages_ar.properties"), files.toString());
        for (String file : files) {
            String code = file.substring("messages_".length(), "messages_xx".length());
            Language language = Language.fromCode(code).orElseThrow(() -> new AssertionError(file + ": no Language"));
            assertTrue(OfferedLanguages.offers(language), file + " is shipped but not offered");
        }
        for (Language language : Language.values()) {
            boolean shipped = language == Language.DE || files.contains("messages_" + language.code() + ".properties");
            assertEquals(shipped, OfferedLanguages.offers(language), language.code());
        }
    }

    @Test
    void everyOfferedBundleHasEveryKeyWithTheSamePlaceholders() throws Exception {
        Properties german = load("messages.properties");
        Properties english = load("messages_en.properties");
        Map<String, List<String>> problems = new TreeMap<>();
        for (Language language : OfferedLanguages.all()) {
            if (language == Language.DE) {
                continue;
            }
            String file = "messages_" + language.code() + ".properties";
            Properties bundle = load(file);
            List<String> wrong = new ArrayList<>();
            for (String key : new TreeSet<>(german.stringPropertyNames())) {
                String value = bundle.getProperty(key);
                if (value == null || value.isBlank()) {
                    wrong.add(key + ": missing or empty");
                    continue;
                }
                String reference = english.getProperty(key, german.getProperty(key));
                if (!placeholders(value).equals(placeholders(reference))) {
                    wrong.add(key + ": placeholders " + placeholders(value) + " instead of " + placeholders(reference));
                }
                if (!placeholders(value).isEmpty()) {
                    try {
                        new MessageFormat(value, language.locale());
                    } catch (IllegalArgumentException e) {
                        wrong.add(key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
                    }
                    if (value.replace("''", "").contains("'")) {
                        wrong.add(key + ": a single quote in a pattern with placeholders must be doubled");
                    }
                }
            }
            for (String key : bundle.stringPropertyNames()) {
                if (!german.containsKey(key)) {
                    wrong.add(key + ": not in messages.properties");
                }
            }
            if (!wrong.isEmpty()) {
                problems.put(file, wrong);
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void arabicIsOfferedAndTheMessagesSpeakIt() {
        assertTrue(OfferedLanguages.all().containsAll(List.of(Language.DE, Language.EN, Language.AR)));
        assertEquals(Language.DE, OfferedLanguages.all().get(0));
        Messages messages = new Messages();
        assertEquals("تسجيل الدخول", messages.text(Language.AR, "login.title"));
        assertFalse(messages.text(Language.AR, "cohort.seats.free", 3, 8).contains("Plätze"));
    }

    @Test
    void aLanguageWithoutItsBundleIsNotOfferedAndFallsBackToEnglish() {
        for (Language language : Language.values()) {
            if (!OfferedLanguages.offers(language)) {
                assertTrue(OfferedLanguages.fromCode(language.code()).isEmpty(), language.code());
                assertEquals(Language.EN, OfferedLanguages.nearest(language), language.code());
                assertEquals("Log in", new Messages().text(language, "login.title"));
            } else {
                assertEquals(language, OfferedLanguages.nearest(language));
            }
        }
    }
}
