package org.committeeacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.committeeacademy.identity.application.Ambassadors;
import org.committeeacademy.identity.application.SiteAddress;
import org.committeeacademy.shared.web.PageMessages;

/** An ambassador's personal link to share with people from their community; renewable. */
@Named
@ViewScoped
public class MyAmbassadorLink implements Serializable {

    @Inject
    Ambassadors ambassadors;

    @Inject
    SiteAddress site;

    @Inject
    PageMessages messages;

    private String link;

    @PostConstruct
    void init() {
        link = ambassadors.myCode().map(site::ambassadorLink).orElse(null);
    }

    public void renew() {
        link = site.ambassadorLink(ambassadors.renewMyCode());
        messages.info("ambassador.renewed");
    }

    public boolean isAmbassador() {
        return link != null;
    }

    public String getLink() {
        return link;
    }
}
