package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.MailLinks;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every mail, in every offered language, as text and as HTML, links to the page it is about, absolutely and on the
 * configured public address: the course, the worksheet, "My progress", "My goals", the roster, the catalogue, or the
 * link with a secret its sender gives (invitation, password reset, survey).
 */
class MailLinksTest {

    private static final String PUBLIC = "https://academy.example.org";
    private static final long COHORT = 42;

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(Notice.class)
    void everyTemplateLinksToItsPageOnThePublicAddress(Notice notice) {
        assertTrue(notice.placeholders().contains("link"), notice + " names a link");
        String link = MailLinks.link(PUBLIC, notice, COHORT).orElse(PUBLIC + "/given-by-the-sender?token=abc&x=1");
        for (Language language : OfferedLanguages.all()) {
            Map<String, String> values = new HashMap<>();
            values.put("name", "Ayşe Yılmaz");
            notice.placeholders().forEach(key -> values.put(key, "value-of-" + key));
            values.put("link", link);

            Mail mail = templates.render(notice, language, values);

            String where = notice + " in " + language;
            assertTrue(mail.text().contains(link), where + ": " + mail.text());
            assertTrue(mail.html().contains("href=\"" + link.replace("&", "&amp;") + "\""), where + ": " + mail.html());
        }
    }

    @ParameterizedTest
    @EnumSource(Notice.class)
    void aMailWithoutALinkOfItsSenderGetsItsPageOnTheConfiguredAddress(Notice notice) {
        Map<String, ?> values =
                Notifications.linked(notice, Map.of("cohort", "Bonn"), About.cohort(COHORT), () -> PUBLIC);
        MailLinks.page(notice, COHORT).ifPresent(page -> {
            assertEquals(PUBLIC + page, values.get("link"));
            assertTrue(page.startsWith("/"), page);
        });
        Map<String, ?> given = Notifications.linked(notice, Map.of("link", PUBLIC + "/x"), About.NOTHING, () -> {
            throw new AssertionError("no address needed");
        });
        assertEquals(PUBLIC + "/x", given.get("link"), "a link the sender gives is kept");
    }

    @ParameterizedTest
    @EnumSource(Notice.class)
    void thePagesAreTheOnesTheMailIsAbout(Notice notice) {
        String page = MailLinks.page(notice, COHORT).orElse("");
        switch (notice) {
            case ENROLMENT_CONFIRMED, SESSION_REMINDER, SESSION_MOVED, OFFERED ->
                assertEquals("/cohort.xhtml?id=42", page);
            case ABSENCE_WARNING, CERTIFICATE_ISSUED -> assertEquals("/member/progress.xhtml?cohort=42", page);
            case ABSENCE_WARNING_TRAINER -> assertEquals("/team/roster.xhtml?id=42", page);
            case GOAL_CHECK_IN_DUE -> assertEquals("/member/goals.xhtml", page);
            default -> {}
        }
        assertEquals(PUBLIC + "/member/worksheet.xhtml?id=7", MailLinks.worksheet(PUBLIC, 7), "the reviewed worksheet");
    }
}
