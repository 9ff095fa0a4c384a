package org.committeeacademy.profile.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.committeeacademy.profile.application.MyProfile;
import org.committeeacademy.profile.application.ProfileChange;
import org.committeeacademy.profile.application.ProfileView;
import org.committeeacademy.profile.domain.CommitteeRole;
import org.committeeacademy.profile.domain.ProfileDetails;
import org.committeeacademy.profile.domain.TalentVisibility;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.committeeacademy.shared.web.LanguageFilter;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * "Mein Profil" (account/profile.xhtml): who I am on my committee, how to reach me, and, each under its own
 * consent, my accessibility needs and what I bring. A refused form keeps everything typed.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    @Inject
    MyProfile profile;

    @Inject
    PageMessages messages;

    private String email;
    private String name;
    private String language;
    private String municipality;
    private CommitteeRole committeeRole;
    private String contactPhone;
    private boolean needsConsent;
    private Instant needsConsentSince;
    private String accessibilityNeeds;
    private boolean talentsConsent;
    private Instant talentsConsentSince;
    private String talents;
    private String languagesOffered;
    private TalentVisibility talentsVisibility;

    @PostConstruct
    void init() {
        ProfileView view = profile.mine();
        email = view.email();
        name = view.name();
        language = view.plainLanguage()
                ? LanguageFilter.PLAIN_GERMAN
                : view.language().code();
        municipality = view.municipality();
        committeeRole = view.committeeRole();
        contactPhone = view.contactPhone();
        accessibilityNeeds = view.accessibilityNeeds();
        needsConsentSince = view.needsConsentSince();
        needsConsent = needsConsentSince != null;
        talents = view.talents();
        languagesOffered = view.languagesOffered();
        talentsVisibility = view.talentsVisibility();
        talentsConsentSince = view.talentsConsentSince();
        talentsConsent = talentsConsentSince != null;
    }

    /**
     * Saved: the page opens again in the chosen language (which the language filter also stores); "de-plain" in the
     * list is German in plain language.
     */
    public String save() {
        boolean plain = LanguageFilter.PLAIN_GERMAN.equals(language);
        if (!messages.attempt(
                () -> profile.save(new ProfileChange(
                        name,
                        plain
                                ? Language.DE
                                : OfferedLanguages.fromCode(language).orElse(null),
                        plain,
                        new ProfileDetails(
                                municipality,
                                committeeRole,
                                contactPhone,
                                accessibilityNeeds,
                                talents,
                                languagesOffered),
                        needsConsent,
                        talentsConsent,
                        talentsVisibility)),
                Refusals.fieldsAt("profile:"))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.info("profile.saved");
        return "/account/profile.xhtml?faces-redirect=true&lang=" + language;
    }

    public CommitteeRole[] getRoles() {
        return CommitteeRole.values();
    }

    public TalentVisibility[] getVisibilities() {
        return TalentVisibility.values();
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public CommitteeRole getCommitteeRole() {
        return committeeRole;
    }

    public void setCommitteeRole(CommitteeRole committeeRole) {
        this.committeeRole = committeeRole;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isNeedsConsent() {
        return needsConsent;
    }

    public void setNeedsConsent(boolean needsConsent) {
        this.needsConsent = needsConsent;
    }

    public Instant getNeedsConsentSince() {
        return needsConsentSince;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = accessibilityNeeds;
    }

    public boolean isTalentsConsent() {
        return talentsConsent;
    }

    public void setTalentsConsent(boolean talentsConsent) {
        this.talentsConsent = talentsConsent;
    }

    public Instant getTalentsConsentSince() {
        return talentsConsentSince;
    }

    public String getTalents() {
        return talents;
    }

    public void setTalents(String talents) {
        this.talents = talents;
    }

    public String getLanguagesOffered() {
        return languagesOffered;
    }

    public void setLanguagesOffered(String languagesOffered) {
        this.languagesOffered = languagesOffered;
    }

    public TalentVisibility getTalentsVisibility() {
        return talentsVisibility;
    }

    public void setTalentsVisibility(TalentVisibility talentsVisibility) {
        this.talentsVisibility = talentsVisibility;
    }
}
