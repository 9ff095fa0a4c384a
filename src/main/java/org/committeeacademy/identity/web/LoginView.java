package org.committeeacademy.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.security.AcademyAuthenticationMechanism;
import org.committeeacademy.identity.security.SecondFactorCredential;
import org.committeeacademy.identity.security.SecondFactorSetupFilter;
import org.committeeacademy.identity.security.SecondStep;
import org.committeeacademy.shared.web.LanguageFilter;
import org.committeeacademy.shared.web.PageMessages;

/**
 * The login page, in one or two steps: the password, then (for an account with a second factor) the code. Wrong
 * passwords and throttled tries get the same kind of answer for every e-mail address.
 */
@Named
@RequestScoped
public class LoginView {

    /** A page of this application to return to after the login; the login form passes it on. */
    public static final String NEXT_PARAMETER = "next";

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String email;

    private String password;

    private String code;

    public void login() throws IOException {
        authenticate(new UsernamePasswordCredential(email, password), "login.failed");
    }

    /** The second step: the code from the authenticator app, or a recovery code. */
    public void verifyCode() throws IOException {
        HttpServletRequest request = request();
        if (!SecondStep.isPending(request.getSession(false))) {
            messages.error(null, "login.code.expired");
            return;
        }
        authenticate(new SecondFactorCredential(code), "login.code.wrong");
    }

    /** Back to the first step, e.g. to sign in as someone else. */
    public void startAgain() {
        HttpSession session = request().getSession(false);
        if (session != null) {
            session.removeAttribute(SecondStep.PENDING);
        }
    }

    public boolean isSecondStep() {
        return SecondStep.isPending(request().getSession(false));
    }

    private void authenticate(Credential credential, String failureKey) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                request(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(credential).newAuthentication(true));
        switch (status) {
            case SUCCESS -> landOnHomePage(external);
            case SEND_CONTINUE -> faces.responseComplete();
            default -> explainFailure(failureKey);
        }
    }

    private void explainFailure(String failureKey) {
        if (request().getAttribute(SecondStep.RETRY_AFTER) instanceof Duration wait) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            if (seconds < 120) {
                messages.error(null, "login.wait.seconds", seconds);
            } else {
                messages.error(null, "login.wait.minutes", (seconds + 59) / 60);
            }
        } else if (!isSecondStep() || failureKey.equals("login.code.wrong")) {
            messages.error(null, failureKey);
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private void landOnHomePage(ExternalContext external) throws IOException {
        var account = currentUser.account().orElseThrow();
        LanguageFilter.signedIn(external.getSessionMap(), account.language(), account.plainLanguage());
        Object requested = external.getSessionMap().remove(AcademyAuthenticationMechanism.REQUESTED_PAGE);
        String next = external.getRequestParameterMap().get(NEXT_PARAMETER);
        if (external.getSessionMap().containsKey(SecondStep.SETUP_REQUIRED)) {
            external.redirect(external.getRequestContextPath() + SecondFactorSetupFilter.SETUP_PAGE);
            return;
        }
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
