package org.committeeacademy.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.committeeacademy.identity.application.Authenticator;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.security.AcademyAuthenticationMechanism;
import org.committeeacademy.shared.web.LanguageFilter;
import org.committeeacademy.shared.web.PageMessages;

/** The login page. Wrong passwords and locked addresses get the same kind of answer for every e-mail address. */
@Named
@RequestScoped
public class LoginView {

    /** A page of this application to return to after the login; the login form passes it on. */
    public static final String NEXT_PARAMETER = "next";

    @Inject
    SecurityContext securityContext;

    @Inject
    Authenticator authenticator;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String email;

    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (authenticator.isLocked(email)) {
            showLocked();
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(email, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> landOnHomePage(external);
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (authenticator.isLocked(email)) {
                    showLocked();
                } else {
                    messages.error(null, "login.failed");
                }
            }
        }
    }

    private void showLocked() {
        messages.error(null, "login.locked", authenticator.lockMinutes());
    }

    private void landOnHomePage(ExternalContext external) throws IOException {
        var account = currentUser.account().orElseThrow();
        external.getSessionMap().put(LanguageFilter.SESSION_LANGUAGE, account.language());
        Object requested = external.getSessionMap().remove(AcademyAuthenticationMechanism.REQUESTED_PAGE);
        String next = external.getRequestParameterMap().get(NEXT_PARAMETER);
        external.redirect(
                external.getRequestContextPath() + target(next, requested, HomePage.forRoles(account.roles())));
    }

    /**
     * Where a successful login lands: the page a link asked to come back to ({@code ?next=}, e.g. "log in to enrol"
     * on a cohort page), else the protected page that sent the person here, else their home page.
     */
    static String target(String next, Object requested, String home) {
        if (next != null && isLocalPath(next)) {
            return next;
        }
        return requested instanceof String page && isLocalPath(page) ? page : home;
    }

    /** Only paths of this application: never "//host" or "https://..." (no open redirect). */
    static boolean isLocalPath(String page) {
        return page.startsWith("/") && !page.startsWith("//") && !page.contains("\\");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
