package org.committeeacademy.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** The current page in another language: its path and query, with {@code lang} set. */
    public String switchTo(String code) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        StringBuilder url =
                new StringBuilder(request.getRequestURI()).append("?lang=").append(code);
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("lang")
                    && !name.startsWith("jakarta.faces")
                    && request.getMethod().equals("GET")) {
                for (String value : values) {
                    url.append('&')
                            .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                            .append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return url.toString();
    }

    public boolean isGerman() {
        return current() == Language.DE;
    }
}
