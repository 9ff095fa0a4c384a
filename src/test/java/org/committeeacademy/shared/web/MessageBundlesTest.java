package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/committeeacademy/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> german = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());

        assertEquals(german, english);
        assertTrue(german.size() > 50);
    }

    /** Properties keep the last of two equal keys silently: a second feature's key would change the first's text. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/committeeacademy/i18n/" + name)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String trimmed = line.strip();
                    int equals = trimmed.indexOf('=');
                    if (!trimmed.isEmpty()
                            && !trimmed.startsWith("#")
                            && equals > 0
                            && !seen.add(trimmed.substring(0, equals).strip())) {
                        twice.add(trimmed.substring(0, equals).strip());
                    }
                }
            }
            assertEquals(Set.of(), twice, name);
        }
    }

    @Test
    void germanIsServedForGermanEvenWhenTheServerSpeaksEnglish() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            Messages messages = new Messages();
            assertEquals("Anmelden", messages.text(Language.DE, "login.title"));
            assertEquals("Log in", messages.text(Language.EN, "login.title"));
            assertEquals("3 von 8 Plätzen frei", messages.text(Language.DE, "cohort.seats.free", 3, 8));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
