package org.committeeacademy.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.OfferedLanguages;

/** The page's language as {@link LanguageFilter} decided it; the template's f:view uses {@code #{language.locale}}. */
@Named("language")
@RequestScoped
public class LanguagePreference {

    static final String REQUEST_ATTRIBUTE = LanguagePreference.class.getName();
    static final String PLAIN_ATTRIBUTE = REQUEST_ATTRIBUTE + ".plain";
    /**
     * German in plain language: its bundle {@code messages_de__plain.properties} holds only the rewritten texts, the
     * rest comes from German.
     */
    static final Locale PLAIN_GERMAN = new Locale("de", "", "plain");

    public Language current() {
        Object chosen = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(REQUEST_ATTRIBUTE);
        return chosen instanceof Language l ? l : Language.defaultLanguage();
    }

    /** Whether the page is in plain German (Einfache Sprache); then {@link #current()} is German. */
    public boolean isPlain() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(PLAIN_ATTRIBUTE));
    }

    public Locale getLocale() {
        return isPlain() ? PLAIN_GERMAN : current().locale();
    }

    /** The code of plain German in the language switch. */
    public String getPlainCode() {
        return LanguageFilter.PLAIN_GERMAN;
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

    /** Where the switch's form (for signed-in people, who keep the choice on their account) sends its POST. */
    public String switchForm(String code) {
        return switchTo(code) + "&" + LanguageFilter.SWITCH_FORM;
    }

    public boolean isGerman() {
        return current() == Language.DE;
    }

    /**
     * The language of the accessibility statement shown: it exists in every offered language
     * (WEB-INF/legal/accessibility-*.xhtml; the translations say that the German text is the binding one).
     */
    public String getLegalCode() {
        return current().code();
    }

    /**
     * The language of the privacy notice shown: it exists in every offered language (WEB-INF/legal/privacy-*.xhtml;
     * the translations say that the German text is the binding one).
     */
    public String getPrivacyCode() {
        return current().code();
    }

    /** {@code rtl} for Arabic, else {@code ltr}: the {@code dir} of the page. */
    public String getDirection() {
        return current().direction();
    }

    public boolean isRightToLeft() {
        return current().rightToLeft();
    }

    /**
     * A name, e-mail address or title someone typed, for an h:outputFormat parameter: isolated (U+2068 … U+2069) on
     * a right-to-left page so that Latin text and digits keep their order without reordering the sentence around it.
     */
    public String isolate(Object text) {
        if (text == null) {
            return null;
        }
        return isRightToLeft() ? "\u2068" + text + "\u2069" : text.toString();
    }

    /** The languages whose bundle is shipped, for the language switch and the choice of an account's language. */
    public List<Language> getOffered() {
        return OfferedLanguages.all();
    }

    /** Every language, for what is not the interface (the language of a course or a material). */
    public List<Language> getAll() {
        return List.of(Language.values());
    }
}
