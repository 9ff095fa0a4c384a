package org.committeeacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.SecondFactors;
import org.committeeacademy.identity.application.SignInGuard;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.web.PageMessages;

/**
 * The administrator's sign-in help on the accounts page: lift the throttle's blocks on an account, and take away a
 * second factor whose phone and recovery codes are lost (both audited). Staff do not see or reach them.
 */
@Named
@RequestScoped
public class AccountSignInActions {

    @Inject
    CurrentUser currentUser;

    @Inject
    SignInGuard guard;

    @Inject
    SecondFactors factors;

    @Inject
    PageMessages messages;

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public boolean throttled(AccountRow row) {
        return isAdmin() && guard.isThrottled(row.email());
    }

    public boolean secondFactorOn(AccountRow row) {
        return isAdmin() && factors.enabled(row.id());
    }

    public void unlock(AccountRow row) {
        guard.unlock(row.id(), admin());
        messages.info("accounts.unlocked", row.email());
    }

    public void resetSecondFactor(AccountRow row) {
        factors.reset(row.id(), admin());
        messages.info("accounts.mfaReset", row.email());
    }

    private long admin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("only an administrator");
        }
        return currentUser.require().id();
    }
}
