package org.committeeacademy.profile.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.web.LanguagePreference;

/** Dates of consents and interest entries, in the venues' time zone and the page's language. */
@Named
@RequestScoped
public class ProfileTimes {

    @Inject
    LanguagePreference language;

    public String day(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(language.getLocale())
                        .format(instant.atZone(AcademyTime.ZONE));
    }

    public String moment(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.getLocale())
                        .format(instant.atZone(AcademyTime.ZONE));
    }
}
