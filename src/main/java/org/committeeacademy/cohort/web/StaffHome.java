package org.committeeacademy.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.cohort.application.CohortCatalogue;
import org.committeeacademy.cohort.application.CohortOverview;

/** VHS staff's home page: every cohort with its fill rate and waiting list. */
@Named
@RequestScoped
public class StaffHome {

    @Inject
    CohortCatalogue cohorts;

    private List<CohortOverview> all;

    public List<CohortOverview> getCohorts() {
        if (all == null) {
            all = cohorts.allCohortsForStaff();
        }
        return all;
    }

    public long getConfirmedTotal() {
        return getCohorts().stream().mapToLong(CohortOverview::confirmed).sum();
    }

    public long getWaitlistedTotal() {
        return getCohorts().stream().mapToLong(CohortOverview::waitlisted).sum();
    }
}
