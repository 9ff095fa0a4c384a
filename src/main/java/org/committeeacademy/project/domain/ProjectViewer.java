package org.committeeacademy.project.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who asks to see a project: the account, its confirmed committee (if any), the cohorts it teaches and whether it
 * manages an organisation's objects (an admin every organisation, staff their own).
 */
public record ProjectViewer(
        long accountId, Optional<Long> confirmedCommitteeId, Set<Long> taughtCohorts, OrganisationCheck organisations) {

    /** Whether the viewer manages the objects of an organisation (null: of no organisation). */
    @FunctionalInterface
    public interface OrganisationCheck {
        boolean manages(Long organisationId);
    }

    /**
     * The project's people, the confirmed members of its committee, the trainers of the cohort it came from and the
     * staff of its organisation see it; to everyone else it does not exist.
     */
    public boolean sees(Project project) {
        return project.participant(accountId).isPresent()
                || isOfCommittee(project)
                || (project.cohortId() != null && trainerOfCohort(project.cohortId()))
                || managesOrganisation(project.organisationId());
    }

    /** A confirmed member of its committee who is not in it yet may join it as Mitmachende. */
    public boolean mayJoin(Project project) {
        return project.participant(accountId).isEmpty() && isOfCommittee(project);
    }

    private boolean isOfCommittee(Project project) {
        return confirmedCommitteeId.filter(c -> c == project.committeeId()).isPresent();
    }

    public boolean trainerOfCohort(long cohortId) {
        return taughtCohorts.contains(cohortId);
    }

    public boolean managesOrganisation(Long organisationId) {
        return organisations.manages(organisationId);
    }
}
