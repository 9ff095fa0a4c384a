package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(Notice.class)
    void everyNoticeRendersInGermanAndEnglishWithEveryValueItNames(Notice notice) {
        Mail german = templates.render(notice, Language.DE, values(notice));
        Mail english = templates.render(notice, Language.EN, values(notice));

        for (Mail mail : new Mail[] {german, english}) {
            assertFalse(mail.subject().isBlank());
            assertFalse(mail.subject().contains("\n"));
            assertTrue(mail.text().contains("Ayşe <Yılmaz>"), mail.text());
            assertTrue(mail.html().contains("Ayşe &lt;Yılmaz&gt;"), mail.html());
            assertFalse(mail.html().contains("<Yılmaz>"), "values are escaped in HTML");
            for (String key : notice.placeholders()) {
                assertTrue(
                        mail.text().contains("value-of-" + key)
                                || mail.subject().contains("value-of-" + key),
                        notice + " shows " + key);
                assertTrue(mail.html().contains("value-of-" + key), notice + " shows " + key + " in HTML");
            }
            assertFalse(mail.text().contains("{{"), mail.text());
            assertFalse(mail.html().contains("{{"), mail.html());
        }
        assertNotEquals(german.text(), english.text());
        assertTrue(german.html().contains("lang=\"de\""));
        assertTrue(english.html().contains("lang=\"en\""));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aMessageTypedByATrainerIsEscapedAndKeepsItsLineBreaks(Language language) {
        Map<String, String> values = values(Notice.COHORT_MESSAGE);
        values.put("text", "Bitte mitbringen:\n<script>alert(1)</script> & {{name}}");

        Mail mail = templates.render(Notice.COHORT_MESSAGE, language, values);

        assertTrue(mail.html().contains("Bitte mitbringen:<br>\n&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{name}}"));
        assertTrue(mail.text().contains("Bitte mitbringen:\n<script>alert(1)</script> & {{name}}"));
    }

    @ParameterizedTest
    @EnumSource(Notice.class)
    void aLanguageWithoutItsOwnTemplatesGetsTheEnglishOnesAndArabicOnesRunRightToLeft(Notice notice) {
        for (Language language : Language.values()) {
            Mail mail = templates.render(notice, language, values(notice));
            boolean own = MailTemplates.class.getResource("/org/committeeacademy/notification/templates/"
                            + notice.templateName() + "." + language.code() + ".txt")
                    != null;
            Language shown = own ? language : language == Language.DE ? Language.DE : Language.EN;
            for (String key : notice.placeholders()) {
                assertTrue(mail.text().contains("value-of-" + key)
                        || mail.subject().contains("value-of-" + key));
                assertTrue(mail.html().contains("value-of-" + key), notice + " in " + language + " shows " + key);
            }
            assertFalse(mail.text().contains("{{") || mail.html().contains("{{"), notice + " in " + language);
            assertTrue(
                    mail.html().contains("lang=\"" + shown.code() + "\" dir=\"" + shown.direction() + "\""),
                    notice + " in " + language + ": " + mail.html());
        }
    }

    private static Map<String, String> values(Notice notice) {
        Map<String, String> values = new HashMap<>();
        values.put("name", "Ayşe <Yılmaz>");
        notice.placeholders().forEach(key -> values.put(key, "value-of-" + key));
        return values;
    }
}
