package org.committeeacademy.cohort.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.committeeacademy.cohort.domain.CohortFormat;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.shared.domain.Language;

/** The fixed choices of the cohort forms, for the pages to list (their labels come from the bundles). */
@Named
@ApplicationScoped
public class CohortOptions {

    public CohortFormat[] getFormats() {
        return CohortFormat.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public CohortStatus[] getStatuses() {
        return CohortStatus.values();
    }

    /** A new cohort starts as a draft or open for enrolment. */
    public CohortStatus[] getInitialStatuses() {
        return new CohortStatus[] {CohortStatus.DRAFT, CohortStatus.OPEN};
    }
}
