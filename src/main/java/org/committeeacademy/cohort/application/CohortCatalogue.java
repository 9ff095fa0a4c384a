package org.committeeacademy.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.ExpiringValue;

/**
 * What each role sees of cohorts and sessions on its pages. Read in a transaction: pages ask while they render, and a
 * read without one left Payara's entity manager closed under load once.
 */
@ApplicationScoped
@Transactional
public class CohortCatalogue {

    private static final int HOME_PAGE_SESSIONS = 20;
    private static final int PAST_SESSIONS = 100;
    /** Seat counts on the public list may lag this much behind; every other page reads them fresh. */
    static final Duration PUBLIC_LIST_FRESHNESS = Duration.ofSeconds(5);

    @Inject
    CohortQueries queries;

    @Inject
    CurrentUser currentUser;

    private final ExpiringValue<List<CohortOverview>> openCohorts = new ExpiringValue<>(
            () -> queries.cohorts(EnumSet.of(CohortStatus.OPEN)), PUBLIC_LIST_FRESHNESS, Clock.systemUTC());

    /** Open for anyone: the cohorts that take enrolments. */
    public List<CohortOverview> openCohorts() {
        return openCohorts.get();
    }

    /** Every cohort of the staff member's organisation (of all organisations for admins), in any status. */
    public List<CohortOverview> allCohortsForStaff() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return queries.cohorts(
                CohortFilter.any().withinOrganisation(currentUser.staffScope().orElse(null)));
    }

    public List<SessionOverview> mySessionsAsTrainer() {
        Account trainer = currentUser.requireAnyRole(Role.TRAINER);
        return queries.sessionsTaughtBy(trainer.id(), startOfToday(), HOME_PAGE_SESSIONS);
    }

    public List<SessionOverview> myPastSessionsAsTrainer() {
        Account trainer = currentUser.requireAnyRole(Role.TRAINER);
        return queries.pastSessionsTaughtBy(trainer.id(), startOfToday(), PAST_SESSIONS);
    }

    public List<SessionOverview> myNextSessionsAsMember() {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        return queries.sessionsAttendedBy(member.id(), startOfToday(), HOME_PAGE_SESSIONS);
    }

    public static LocalDate today() {
        return LocalDate.now(AcademyTime.ZONE);
    }

    private static LocalDateTime startOfToday() {
        return today().atStartOfDay();
    }
}
