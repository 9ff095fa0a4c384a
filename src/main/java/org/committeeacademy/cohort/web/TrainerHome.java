package org.committeeacademy.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.cohort.application.CohortCatalogue;
import org.committeeacademy.cohort.application.SessionOverview;

/** The trainer's home page: today's sessions first, then the upcoming ones. */
@Named
@RequestScoped
public class TrainerHome {

    @Inject
    CohortCatalogue cohorts;

    private List<SessionOverview> sessions;
    private List<SessionOverview> past;

    private List<SessionOverview> sessions() {
        if (sessions == null) {
            sessions = cohorts.mySessionsAsTrainer();
        }
        return sessions;
    }

    public List<SessionOverview> getToday() {
        return sessions().stream().filter(s -> s.isOn(CohortCatalogue.today())).toList();
    }

    /** Sessions already taught, latest first, after the upcoming ones. */
    public List<SessionOverview> getPast() {
        if (past == null) {
            past = cohorts.myPastSessionsAsTrainer();
        }
        return past;
    }

    public List<SessionOverview> getUpcoming() {
        return sessions().stream().filter(s -> !s.isOn(CohortCatalogue.today())).toList();
    }
}
