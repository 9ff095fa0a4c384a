package org.committeeacademy.profile.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;

/** Dates of consents and interest entries, in the venues' time zone and the page's language. */
@Named
@RequestScoped
public class ProfileTimes {

    @Inject
    LanguagePreference language;

    public String day(Instant instant) {
        return instant == null ? "" : LocalFormats.of(language.current()).date(instant);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : LocalFormats.of(language.current()).dateTime(instant);
    }
}
