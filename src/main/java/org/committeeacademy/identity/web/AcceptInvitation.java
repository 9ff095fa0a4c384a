package org.committeeacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import org.committeeacademy.identity.application.Invitations;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Invitation;
import org.committeeacademy.identity.domain.LinkUnusableException;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** The page an invitation's link opens: name, language and password, then the person is in. */
@Named
@ViewScoped
public class AcceptInvitation implements Serializable {

    @Inject
    Invitations invitations;

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    private String token;
    private boolean unusable;
    private boolean done;
    private boolean loggedIn;
    private String home;
    private String email;
    private String name;
    private String language;
    private String password;
    private String repeat;

    public void load() {
        try {
            Invitation invitation = invitations.open(token);
            email = invitation.email();
            name = invitation.name();
            language = invitation.language().code();
        } catch (LinkUnusableException e) {
            unusable = true;
        }
    }

    public void accept() {
        try {
            messages.result(
                            () -> invitations.accept(
                                    token,
                                    name,
                                    OfferedLanguages.fromCode(language).orElse(null),
                                    password,
                                    repeat),
                            Refusals.fieldsAt("accept:"))
                    .ifPresent(this::logIn);
        } catch (LinkUnusableException e) {
            unusable = true;
        } finally {
            password = null;
            repeat = null;
        }
    }

    private void logIn(Account account) {
        done = true;
        loggedIn = AccessLogin.logIn(security, account, password);
        home = HomePage.forRoles(account.roles());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUnusable() {
        return unusable;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isLoggedIn() {
        return loggedIn;
    }

    public String getHome() {
        return home;
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
}
