package org.committeeacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.committeeacademy.identity.application.Ambassadors;
import org.committeeacademy.identity.application.CurrentUser;

/** Whether the header shows the link to the ambassador's page. */
@Named
@RequestScoped
public class AmbassadorBadge {

    @Inject
    Ambassadors ambassadors;

    @Inject
    CurrentUser currentUser;

    private Boolean ambassador;

    public boolean isAmbassador() {
        if (ambassador == null) {
            // a visitor is none: no transaction and no read for every public page in the header
            ambassador =
                    currentUser.account().isPresent() && ambassadors.myCode().isPresent();
        }
        return ambassador;
    }
}
