package org.committeeacademy.shared.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.committeeacademy.shared.domain.Language;

/** The user-visible texts (the bundles of the offered languages), for code that is not a page. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "org.committeeacademy.i18n.messages";

    public String text(Language wanted, String key, Object... arguments) {
        Language language = OfferedLanguages.nearest(wanted);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, language.locale()).format(readable(language, arguments));
    }

    /** Dates as people write them in that language (23.11.2026, 23 Nov 2026), not ISO. */
    private static Object[] readable(Language language, Object[] arguments) {
        Object[] out = arguments.clone();
        LocalFormats formats = LocalFormats.of(language);
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalText text) {
                out[i] = text.in(formats);
            } else if (out[i] instanceof LocalDate date) {
                out[i] = formats.date(date);
            } else if (out[i] instanceof LocalTime time) {
                out[i] = formats.time(time);
            } else if (out[i] instanceof LocalDateTime || out[i] instanceof Instant) {
                out[i] = formats.dateTime(out[i]);
            }
        }
        return out;
    }
}
