package org.committeeacademy.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.web.LanguageFilter;

/** Logs a person in right after they chose their password, as the login form would. */
final class AccessLogin {

    private AccessLogin() {}

    static boolean logIn(SecurityContext security, Account account, String password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(account.email(), password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            LanguageFilter.signedIn(external.getSessionMap(), account.language(), account.plainLanguage());
            return true;
        }
        return false;
    }

    static String clientAddress() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }
}
