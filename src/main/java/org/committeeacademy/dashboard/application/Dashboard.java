package org.committeeacademy.dashboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.CommitteeGoals;
import org.committeeacademy.dashboard.domain.DashboardFigures;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.dashboard.domain.GoalTotals;
import org.committeeacademy.dashboard.domain.Totals;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.project.application.ProjectFigures;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.survey.application.SurveyFigures;

/** The dashboard's figures, no person in them: read for staff, the state coordinator and admins. */
@ApplicationScoped
@Transactional
public class Dashboard {

    @Inject
    DashboardFigures figures;

    @Inject
    SurveyFigures surveys;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    @Inject
    ProjectFigures projectFigures;

    Clock clock = Clock.systemUTC();

    /** Coordinators and admins may narrow the figures to one organisation; staff always see their own. */
    public Map<Long, String> organisationChoices() {
        currentUser.requireAnyRole(Role.STAFF, Role.COORDINATOR, Role.ADMIN);
        boolean scoped = !currentUser.hasRole(Role.COORDINATOR)
                && currentUser.staffScope().isPresent();
        return scoped ? Map.of() : organisations.names();
    }

    public DashboardView view(DashboardFilter filter) {
        currentUser.requireAnyRole(Role.STAFF, Role.COORDINATOR, Role.ADMIN);
        if (!currentUser.hasRole(Role.COORDINATOR)) {
            filter = currentUser.staffScope().map(filter::withinOrganisation).orElse(filter);
        }
        return assemble(filter, figures, surveys, LocalDateTime.now(clock.withZone(AcademyTime.ZONE)));
    }

    /**
     * The local projects' figures per committee (all of them, whatever the period): staff see their organisation's,
     * the coordinator and admins those of the organisation chosen, or of all.
     */
    public List<ProjectFigures.Line> projects(Long organisationId) {
        currentUser.requireAnyRole(Role.STAFF, Role.COORDINATOR, Role.ADMIN);
        Long scope = currentUser.hasRole(Role.COORDINATOR)
                ? organisationId
                : currentUser.staffScope().orElse(organisationId);
        return projectFigures.perCommittee(scope);
    }

    /** The whole view from its sources; the benchmark times this without a container. */
    public static DashboardView assemble(
            DashboardFilter filter, DashboardFigures figures, SurveyFigures surveys, LocalDateTime now) {
        List<CohortFigures> cohorts = figures.cohorts(filter, now);
        Set<Long> ids = cohorts.stream().map(CohortFigures::cohortId).collect(Collectors.toSet());
        Map<String, List<CohortFigures>> byVenue = cohorts.stream()
                .sorted(Comparator.comparing(CohortFigures::venueName))
                .collect(Collectors.groupingBy(CohortFigures::venueName, LinkedHashMap::new, Collectors.toList()));
        GoalTotals goals = figures.goals(ids);
        return new DashboardView(
                filter,
                Totals.of("", cohorts),
                byVenue.entrySet().stream()
                        .map(v -> Totals.of(v.getKey(), v.getValue()))
                        .toList(),
                cohorts,
                goals.checkIns(),
                surveys.outcomes(ids),
                CommitteeGoals.of(goals.committeeLines()));
    }
}
