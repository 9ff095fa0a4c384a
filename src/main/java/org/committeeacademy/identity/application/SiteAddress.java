package org.committeeacademy.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.config.PublicAddress;

/**
 * Where people reach the application, for links in mails: decided by {@link PublicAddress} from configuration, never
 * from the request's Host header alone.
 */
@RequestScoped
public class SiteAddress {

    @Inject
    HttpServletRequest request;

    public String base() {
        return AcademySettings.current().publicUrl().orElseGet(this::requestSite);
    }

    public String invitationLink(String secret) {
        return base() + "/invitation.xhtml?token=" + secret;
    }

    public String resetLink(String secret) {
        return base() + "/password-reset.xhtml?token=" + secret;
    }

    public String ambassadorLink(String code) {
        return base() + "/register.xhtml?via=" + code;
    }

    /** The link that also invites into one of the ambassador's local projects. */
    public String ambassadorLink(String code, long projectId) {
        return ambassadorLink(code) + "&project=" + projectId;
    }

    public String loginLink() {
        return base() + "/login.xhtml";
    }

    public String resetRequestLink() {
        return base() + "/password-reset.xhtml";
    }

    private String requestSite() {
        return PublicAddress.of(request);
    }
}
