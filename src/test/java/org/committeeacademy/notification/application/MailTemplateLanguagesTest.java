package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every mail exists in every language the interface offers, as text and as HTML, and names the same values as the
 * German original: a translation that dropped the link or the reason would otherwise go unnoticed until a member
 * missed it.
 */
class MailTemplateLanguagesTest {

    private static final String FOLDER = "/org/committeeacademy/notification/templates/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    @Test
    void theInterfaceOffersAllFiveLanguages() {
        assertEquals(Set.of(Language.values()), Set.copyOf(OfferedLanguages.all()));
    }

    @ParameterizedTest
    @EnumSource(Notice.class)
    void everyMailExistsInEveryOfferedLanguageWithTheSamePlaceholders(Notice notice) throws IOException {
        String germanText = read(notice, Language.DE, "txt");
        String germanHtml = read(notice, Language.DE, "html");
        for (Language language : OfferedLanguages.all()) {
            String text = read(notice, language, "txt");
            String html = read(notice, language, "html");
            String where = notice.templateName() + "." + language.code();
            assertTrue(text.startsWith("Subject: "), where + ".txt starts with its subject line");
            assertEquals(placeholders(germanText), placeholders(text), where + ".txt names the German values");
            assertEquals(placeholders(germanHtml), placeholders(html), where + ".html names the German values");
            if (language != Language.DE) {
                assertFalse(text.contains("Committee Academy\n\n-- \nDiese"), where + " is not the German text");
                assertFalse(html.contains("Ihre Committee Academy"), where + ".html is not the German text");
            }
        }
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String read(Notice notice, Language language, String kind) throws IOException {
        String name = FOLDER + notice.templateName() + "." + language.code() + "." + kind;
        try (InputStream in = MailTemplateLanguagesTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "missing mail template " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
