package org.committeeacademy.privacy.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.identity.web.AccountRow;
import org.committeeacademy.privacy.application.Erasure;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * The admin's "erase/anonymise" on the accounts page: a dialog names the person and the consequences, and the
 * admin types the person's e-mail address to confirm. Not offered for the admin's own account.
 */
@Named
@ViewScoped
public class EraseAccountDialog implements Serializable {

    private static final String ERASED_DOMAIN = "@erased.invalid";

    @Inject
    Erasure erasure;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private AccountRow selected;
    private String typedEmail;

    public boolean mayErase(AccountRow row) {
        return currentUser.hasRole(Role.ADMIN)
                && !row.email().endsWith(ERASED_DOMAIN)
                && currentUser.account().map(me -> me.id() != row.id()).orElse(false);
    }

    public void select(AccountRow row) {
        selected = row;
        typedEmail = null;
    }

    public void erase() {
        if (selected == null) {
            return;
        }
        if (typedEmail == null
                || !typedEmail
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(selected.email().toLowerCase(Locale.ROOT))) {
            messages.error("eraseForm:typedEmail", "adminErasure.emailMismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (messages.attempt(
                () -> erasure.eraseAccount(selected.id()), Refusals.onPage().gone("adminErasure.gone"))) {
            messages.info("adminErasure.done", selected.name());
            selected = null;
        }
    }

    public AccountRow getSelected() {
        return selected;
    }

    public String getTypedEmail() {
        return typedEmail;
    }

    public void setTypedEmail(String typedEmail) {
        this.typedEmail = typedEmail;
    }
}
