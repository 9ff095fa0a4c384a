package org.committeeacademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;

/**
 * The header's links for the signed-in person's roles: the main destinations of the most privileged role stay
 * visible, everything else the account may open sits in the "More" menu (on a phone both sit behind one menu button).
 */
@Named
@RequestScoped
public class MainMenu {

    /** One link: its element id (tests and the page's own links use them), the page and the bundle key of its label. */
    public record Item(String id, String path, String label) {}

    @Inject
    CurrentUser currentUser;

    private List<Item> primary;
    private List<Item> more;

    public List<Item> getPrimary() {
        build();
        return primary;
    }

    public List<Item> getMore() {
        build();
        return more;
    }

    /** "page" when the item leads to the page being shown, else null (no attribute). */
    public String current(Item item) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String viewId = faces == null || faces.getViewRoot() == null
                ? ""
                : faces.getViewRoot().getViewId();
        return item.path().equals(viewId) ? "page" : null;
    }

    private void build() {
        if (primary != null) {
            return;
        }
        List<Item> all = visibleItems();
        Set<String> main = mainDestinations(all);
        primary = new ArrayList<>();
        more = new ArrayList<>();
        for (Item item : all) {
            (main.contains(item.id()) ? primary : more).add(item);
        }
    }

    /** The plan of the most privileged role whose main destinations this account sees (a staff coordinator: staff). */
    private Set<String> mainDestinations(List<Item> all) {
        Role[] roles = Role.values();
        for (int i = roles.length - 1; i >= 0; i--) {
            Set<String> plan = MenuPlan.mainFor(roles[i]);
            long shown = all.stream().filter(item -> plan.contains(item.id())).count();
            if (currentUser.hasRole(roles[i]) && shown >= 3) {
                return plan;
            }
        }
        return MenuPlan.mainFor(null);
    }

    private List<Item> visibleItems() {
        boolean member = currentUser.hasRole(Role.MEMBER);
        boolean trainer = currentUser.hasRole(Role.TRAINER);
        boolean staff = currentUser.hasRole(Role.STAFF);
        boolean coordinator = currentUser.hasRole(Role.COORDINATOR);
        boolean admin = currentUser.hasRole(Role.ADMIN);
        boolean signedIn = currentUser.account().isPresent();
        List<Item> items = new ArrayList<>();
        add(items, member, "navMember", "/member/home.xhtml", "nav.member");
        add(items, trainer, "navTrainer", "/trainer/home.xhtml", "nav.trainer");
        add(items, staff, "navStaff", "/staff/home.xhtml", "nav.staff");
        add(items, staff, "navCohorts", "/staff/cohorts.xhtml", "nav.cohorts");
        add(items, staff, "navVenues", "/staff/venues.xhtml", "nav.venues");
        add(items, admin, "navAccounts", "/admin/accounts.xhtml", "nav.admin");
        add(items, staff && !admin, "staffAccountsLink", "/admin/accounts.xhtml", "accounts.title");
        boolean coordinatorOnly = coordinator && !staff && !admin;
        add(items, coordinatorOnly, "navCoordinator", "/coordinator/home.xhtml", "nav.coordinator");
        add(items, coordinatorOnly, "coordinatorOrganisationsLink", "/admin/organisations.xhtml", "nav.organisations");
        add(items, admin, "organisationsLink", "/admin/organisations.xhtml", "nav.organisations");
        add(items, admin, "navCurriculum", "/admin/curriculum.xhtml", "nav.curriculum");
        add(items, coordinator || staff || admin, "navEditor", "/curriculum/edit.xhtml", "nav.editor");
        add(items, coordinator || staff || admin, "navDashboard", "/staff/dashboard.xhtml", "dashboard.title");
        add(items, staff || admin, "invitationsLink", "/staff/invitations.xhtml", "invitations.title");
        add(items, staff || admin, "committeesLink", "/staff/committees.xhtml", "committees.title");
        add(items, staff || admin, "navSurveys", "/staff/survey-form.xhtml", "nav.surveys");
        add(items, staff || admin, "webhooksLink", "/staff/webhooks.xhtml", "webhooks.title");
        add(items, admin, "navAudit", "/admin/audit.xhtml", "audit.title");
        add(items, admin, "navOutbox", "/admin/outbox.xhtml", "nav.outbox");
        add(items, admin, "navBackups", "/admin/backups.xhtml", "backup.title");
        add(items, member || trainer || staff || admin, "projectsLink", "/project/projects.xhtml", "project.menu");
        add(items, true, "navCatalogue", "/catalogue.xhtml", "nav.catalogue");
        add(items, signedIn, "calendarLink", "/account/calendar.xhtml", "myCalendar.title");
        add(items, signedIn, "profileLink", "/account/profile.xhtml", "profile.title");
        add(items, signedIn, "myDataLink", "/account/my-data.xhtml", "myData.title");
        return items;
    }

    private static void add(List<Item> items, boolean shown, String id, String path, String label) {
        if (shown) {
            items.add(new Item(id, path, label));
        }
    }
}
