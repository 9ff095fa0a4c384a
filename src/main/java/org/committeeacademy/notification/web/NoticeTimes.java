package org.committeeacademy.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.web.LanguagePreference;

/** Moments on the notification pages, in the venues' time and the page's language. */
@Named
@RequestScoped
public class NoticeTimes {

    @Inject
    LanguagePreference language;

    public String of(Instant instant) {
        return instant == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.getLocale())
                        .format(LocalDateTime.ofInstant(instant, AcademyTime.ZONE));
    }
}
