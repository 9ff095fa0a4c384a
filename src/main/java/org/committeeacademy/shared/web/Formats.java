package org.committeeacademy.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.committeeacademy.shared.i18n.LocalFormats;

/**
 * The pages' way to {@link LocalFormats} in the page's language, e.g. {@code #{formats.dateTime(s.start())}},
 * {@code #{formats.percent(75)}}; in place of f:convertDateTime, whose patterns were German in every language.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    LanguagePreference language;

    private LocalFormats current() {
        return LocalFormats.of(language.current());
    }

    public String date(Object value) {
        return current().date(value);
    }

    public String longDate(Object value) {
        return current().longDate(value);
    }

    public String time(Object value) {
        return current().time(value);
    }

    public String dateTime(Object value) {
        return current().dateTime(value);
    }

    public String longDateTime(Object value) {
        return current().longDateTime(value);
    }

    public String percent(Number percent) {
        return current().percent(percent);
    }

    public String number(Number value) {
        return current().number(value);
    }
}
