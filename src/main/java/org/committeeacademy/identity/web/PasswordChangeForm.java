package org.committeeacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.committeeacademy.identity.application.OwnPassword;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** "Change password" on the profile page: current, new, repeat; this session stays, every other one ends. */
@Named
@ViewScoped
public class PasswordChangeForm implements Serializable {

    @Inject
    OwnPassword ownPassword;

    @Inject
    PageMessages messages;

    private String current;
    private String password;
    private String repeat;
    private boolean changed;

    public void change() {
        try {
            changed = messages.attempt(
                    () -> ownPassword.change(current, password, repeat), Refusals.fieldsAt("changePassword:"));
            if (changed) {
                messages.info("password.changed");
            }
        } finally {
            current = null;
            password = null;
            repeat = null;
        }
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
