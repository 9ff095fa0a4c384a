package org.committeeacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;

/** The header of every page: who is logged in, which links their roles see, and logout. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser currentUser;

    public boolean isLoggedIn() {
        return currentUser.account().isPresent();
    }

    public String getName() {
        return currentUser.account().map(Account::name).orElse("");
    }

    public boolean is(String role) {
        return currentUser.hasRole(Role.valueOf(role));
    }

    public String getHome() {
        return currentUser.account().map(a -> HomePage.forRoles(a.roles())).orElse("/index.xhtml");
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/index.xhtml?loggedOut=true");
    }
}
