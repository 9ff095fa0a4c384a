package org.committeeacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
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

    /** A link that also invites into one of the ambassador's local projects. */
    public record ProjectLink(String title, String link) implements Serializable {}

    private String link;
    private List<ProjectLink> projectLinks = List.of();

    @PostConstruct
    void init() {
        Optional<String> code = ambassadors.myCode();
        link = code.map(site::ambassadorLink).orElse(null);
        code.ifPresent(this::projectLinks);
    }

    public void renew() {
        String code = ambassadors.renewMyCode();
        link = site.ambassadorLink(code);
        projectLinks(code);
        messages.info("ambassador.renewed");
    }

    private void projectLinks(String code) {
        projectLinks = ambassadors.myProjects().stream()
                .map(p -> new ProjectLink(p.title(), site.ambassadorLink(code, p.projectId())))
                .toList();
    }

    public List<ProjectLink> getProjectLinks() {
        return projectLinks;
    }

    public boolean isAmbassador() {
        return link != null;
    }

    public String getLink() {
        return link;
    }
}
