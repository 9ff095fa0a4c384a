package org.committeeacademy.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * Where people reach the application, for links in mails: ACADEMY_PUBLIC_URL when set (behind a proxy the request's
 * own host is not the public one), else the address the current request came to.
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
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
