package org.committeeacademy.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.profile.domain.ProfileRepository;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * What the people of a cohort shared with each other: accessibility needs for the cohort's trainers and staff
 * only (members never see them), and talents for whom each person chose.
 */
@ApplicationScoped
@Transactional
public class CohortPeople {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProfileRepository profiles;

    @Inject
    CohortDirectory cohorts;

    /** The seated people's needs by account id; for anyone but staff, admins and the cohort's trainers, 404. */
    public Map<Long, String> accessibilityNeeds(long cohortId) {
        Account caller = currentUser.require();
        boolean staff = cohorts.isManagedByCaller(cohortId);
        if (!staff && !(caller.hasRole(Role.TRAINER) && profiles.teaches(caller.id(), cohortId))) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return profiles.needsOfSeated(cohortId);
    }

    /** "Who brings what": the seated people's offers the caller may see (none for visitors). */
    public List<OfferView> offers(long cohortId) {
        return currentUser
                .account()
                .map(caller -> {
                    boolean shares =
                            profiles.holdsSeat(caller.id(), cohortId) || profiles.teaches(caller.id(), cohortId);
                    boolean member = caller.hasRole(Role.MEMBER);
                    return profiles.offersOfSeated(cohortId).stream()
                            .filter(o -> o.accountId() != caller.id())
                            .filter(o -> o.profile().talentsVisibility().visibleTo(shares, member))
                            .map(o -> new OfferView(
                                    o.name(), o.profile().talents(), o.profile().languagesOffered()))
                            .toList();
                })
                .orElse(List.of());
    }
}
