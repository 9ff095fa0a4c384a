package org.committeeacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.committeeacademy.identity.application.Ambassadors;

/** Whether the header shows the link to the ambassador's page. */
@Named
@RequestScoped
public class AmbassadorBadge {

    @Inject
    Ambassadors ambassadors;

    private Boolean ambassador;

    public boolean isAmbassador() {
        if (ambassador == null) {
            ambassador = ambassadors.myCode().isPresent();
        }
        return ambassador;
    }
}
