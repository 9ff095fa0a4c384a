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

    public boolean trainerOfCohort(long cohortId) {
        return taughtCohorts.contains(cohortId);
    }

    public boolean managesOrganisation(Long organisationId) {
        return organisations.manages(organisationId);
    }
}
