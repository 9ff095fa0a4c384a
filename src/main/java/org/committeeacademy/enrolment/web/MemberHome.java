package org.committeeacademy.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.cohort.application.CohortCatalogue;
import org.committeeacademy.cohort.application.SessionOverview;

/** The member's home page: their next sessions; their enrolments are {@link MyCourses}. */
@Named
@RequestScoped
public class MemberHome {

    @Inject
    CohortCatalogue cohorts;

    private List<SessionOverview> nextSessions;

    public List<SessionOverview> getNextSessions() {
        if (nextSessions == null) {
            nextSessions = cohorts.myNextSessionsAsMember();
        }
        return nextSessions;
    }
}
