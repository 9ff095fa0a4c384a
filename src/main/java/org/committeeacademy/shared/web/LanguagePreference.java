package org.committeeacademy.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import org.committeeacademy.shared.domain.Language;

/** The page's language as {@link LanguageFilter} decided it; the template's f:view uses {@code #{language.locale}}. */
@Named("language")
@RequestScoped
public class LanguagePreference {

    static final String REQUEST_ATTRIBUTE = LanguagePreference.class.getName();

    public Language current() {
        Object chosen = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(REQUEST_ATTRIBUTE);
        return chosen instanceof Language l ? l : Language.defaultLanguage();
    }

    public Locale getLocale() {
        return current().locale();
    }

    public String getCode() {
        return current().code();
    }

    public boolean isGerman() {
        return current() == Language.DE;
    }
}
