package org.committeeacademy.notification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.i18n.LocalText;
import org.committeeacademy.shared.i18n.MessageKey;

/** Values for a template, written out in the recipient's language: dates and times as people there write them. */
public final class MailValues {

    private MailValues() {}

    public static Map<String, String> in(Language language, Map<String, ?> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((key, value) -> out.put(key, format(language, value)));
        return out;
    }

    public static String format(Language language, Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Instant instant) {
            return format(language, LocalDateTime.ofInstant(instant, AcademyTime.ZONE));
        }
        if (value instanceof LocalDateTime time) {
            LocalFormats formats = LocalFormats.of(language);
            String day = formats.longDate(time) + ", " + formats.time(time);
            return language == Language.DE ? day + " Uhr" : day;
        }
        if (value instanceof LocalDate date) {
            return LocalFormats.of(language).longDate(date);
        }
        if (value instanceof LocalText text) {
            return text.in(LocalFormats.of(language));
        }
        if (value instanceof MessageKey key) {
            return key.in(language);
        }
        if (value instanceof LocalizedText text) {
            return text.in(language);
        }
        return value.toString();
    }
}
