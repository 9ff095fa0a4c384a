package org.committeeacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.committeeacademy.identity.application.NewRegistration;
import org.committeeacademy.identity.application.Registrations;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** Asking for an account from the catalogue; staff approve it. The answer never tells whether the address is known. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    @Inject
    Registrations registrations;

    @Inject
    LanguagePreference languagePreference;

    @Inject
    PageMessages messages;

    private String via;
    private Long projectId;
    private boolean sent;
    private String name;
    private String email;
    private String language;
    private String password;
    private String repeat;
    private String message;
    private Long organisationId;
    private transient List<Map.Entry<Long, String>> organisationChoices;

    public void load() {
        if (language == null) {
            language = languagePreference.current().code();
        }
    }

    public void register() {
        NewRegistration registration = new NewRegistration(
                name,
                email,
                OfferedLanguages.fromCode(language).orElse(null),
                password,
                repeat,
                message,
                via,
                organisationId,
                projectId);
        try {
            if (messages.attempt(
                    () -> registrations.register(registration, AccessLogin.clientAddress()),
                    Refusals.fieldsAt("register:"))) {
                sent = true;
            }
        } finally {
            password = null;
            repeat = null;
        }
    }

    /** The active organisations by name; the form offers the choice only when there is more than one. */
    public List<Map.Entry<Long, String>> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = registrations.organisationChoices().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .toList();
        }
        return organisationChoices;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getVia() {
        return via;
    }

    public void setVia(String via) {
        this.via = via;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public boolean isSent() {
        return sent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
