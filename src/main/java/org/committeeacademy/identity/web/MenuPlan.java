package org.committeeacademy.identity.web;

import java.util.Set;
import org.committeeacademy.identity.domain.Role;

/** The 4–6 destinations each role uses most, by the ids of {@link MainMenu}'s items; the rest go under "More". */
final class MenuPlan {

    private MenuPlan() {}

    static Set<String> mainFor(Role top) {
        if (top == null) {
            return Set.of("navCatalogue");
        }
        return switch (top) {
            case MEMBER -> Set.of("navMember", "navCatalogue", "projectsLink", "calendarLink");
            case TRAINER -> Set.of("navTrainer", "navMember", "projectsLink", "calendarLink", "navCatalogue");
            case STAFF -> Set.of("navStaff", "navCohorts", "navVenues", "navDashboard", "staffAccountsLink");
            case COORDINATOR -> Set.of("navCoordinator", "coordinatorOrganisationsLink", "navEditor", "navDashboard");
            case ADMIN -> Set.of("navAccounts", "organisationsLink", "navCurriculum", "navDashboard", "navAudit");
        };
    }
}
