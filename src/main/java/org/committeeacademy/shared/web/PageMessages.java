package org.committeeacademy.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.i18n.Messages;

/** Messages for the current page, from the bundles, in the page's language. */
@RequestScoped
public class PageMessages {

    @Inject
    Messages messages;

    @Inject
    LanguagePreference language;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Shows each refused field beside its input (client id = prefix + field) and marks the request as failed. */
    public void errors(ValidationException e, String formPrefix) {
        e.violations().forEach(v -> error(formPrefix == null ? null : formPrefix + v.field(), v.messageKey()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String text(String key, Object... arguments) {
        return messages.text(language.current(), key, arguments);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
