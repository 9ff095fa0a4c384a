package org.committeeacademy.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;

/** Moments on the notification pages, in the venues' time and the page's language. */
@Named
@RequestScoped
public class NoticeTimes {

    @Inject
    LanguagePreference language;

    public String of(Instant instant) {
        return instant == null ? "–" : LocalFormats.of(language.current()).dateTime(instant);
    }
}
