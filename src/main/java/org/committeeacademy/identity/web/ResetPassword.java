package org.committeeacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.committeeacademy.identity.application.PasswordReset;
import org.committeeacademy.identity.domain.LinkUnusableException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * "Forgot your password": without a token the page asks for the address (and answers the same for every address);
 * with the token from the mail it takes the new password.
 */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    @Inject
    PasswordReset reset;

    @Inject
    PageMessages messages;

    private String token;
    private boolean unusable;
    private boolean requested;
    private boolean changed;
    private String email;
    private String password;
    private String repeat;

    public void load() {
        if (hasToken()) {
            try {
                reset.check(token);
            } catch (LinkUnusableException e) {
                unusable = true;
            }
        }
    }

    public void request() {
        reset.request(email, AccessLogin.clientAddress());
        requested = true;
    }

    public void change() {
        try {
            if (messages.attempt(() -> reset.reset(token, password, repeat), Refusals.fieldsAt("newPassword:"))) {
                changed = true;
            }
        } catch (LinkUnusableException e) {
            unusable = true;
        } finally {
            password = null;
            repeat = null;
        }
    }

    public boolean hasToken() {
        return token != null && !token.isBlank();
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

    public boolean isRequested() {
        return requested;
    }

    public boolean isChanged() {
        return changed;
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

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
