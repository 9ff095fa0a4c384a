package org.committeeacademy.profile.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.committeeacademy.profile.application.InterestDesk;

/**
 * The links in interest mails (interest-confirm.xhtml): ?token= confirms the address, ?unsubscribe=true&amp;token=
 * asks, and the page's button (a POST) removes the entry. An unknown token says so, without telling whether it ever existed.
 */
@Named
@RequestScoped
public class InterestConfirmation {

    @Inject
    InterestDesk desk;

    private String token;
    private boolean unsubscribe;
    private String outcome;
    private String venue;

    public void load() {
        if (unsubscribe) {
            // a GET changes nothing (mail scanners open links): the page asks, its button's POST unsubscribes
            outcome = "ask";
            return;
        }
        desk.confirm(token)
                .ifPresentOrElse(
                        name -> {
                            venue = name;
                            outcome = "confirmed";
                        },
                        () -> outcome = "unknown");
    }

    /** The confirmation page's button. */
    public void confirmUnsubscribe() {
        outcome = desk.unsubscribe(token) ? "unsubscribed" : "unknown";
    }

    public String getOutcome() {
        return outcome;
    }

    public String getVenue() {
        return venue;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUnsubscribe() {
        return unsubscribe;
    }

    public void setUnsubscribe(boolean unsubscribe) {
        this.unsubscribe = unsubscribe;
    }
}
