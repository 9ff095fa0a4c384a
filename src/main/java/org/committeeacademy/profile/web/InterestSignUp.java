package org.committeeacademy.profile.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.profile.application.InterestDesk;
import org.committeeacademy.profile.application.VenueOption;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * "Tell me when a course opens here" (interest.xhtml), for anyone: a public, stateless form, so the bean lives for
 * one request and the form carries every value.
 */
@Named
@RequestScoped
public class InterestSignUp {

    @Inject
    InterestDesk desk;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference page;

    private Long venueId;
    private String name;
    private String email;
    private String language;
    private boolean privacyAccepted;
    private boolean sent;
    private List<VenueOption> venues;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("venue");
        try {
            venueId = param == null || param.isBlank() ? null : Long.valueOf(param.strip());
        } catch (NumberFormatException e) {
            venueId = null;
        }
        language = page.getCode();
    }

    public void signUp() {
        if (messages.attempt(
                () -> desk.signUp(
                        venueId,
                        email,
                        name,
                        OfferedLanguages.fromCode(language).orElse(null),
                        privacyAccepted,
                        ((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance()
                                        .getExternalContext()
                                        .getRequest())
                                .getRemoteAddr()),
                Refusals.fieldsAt("interest:"))) {
            sent = true;
            messages.info("interest.sent");
        }
    }

    public List<VenueOption> getVenues() {
        if (venues == null) {
            venues = desk.venues();
        }
        return venues;
    }

    public boolean isSent() {
        return sent;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
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

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }
}
