package org.committeeacademy.shared.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.i18n.OfferedLanguages;

/** Error texts for API callers, in the language of their Accept-Language header (German by default). */
@RequestScoped
public class ApiMessages {

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    public String text(String key, Object... arguments) {
        return messages.text(language(), key, arguments);
    }

    private Language language() {
        if (headers == null) {
            return Language.defaultLanguage();
        }
        return headers.getAcceptableLanguages().stream()
                .filter(l -> !"*".equals(l.getLanguage()))
                .map(Locale::getLanguage)
                .map(OfferedLanguages::fromCode)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(Language.defaultLanguage());
    }
}
