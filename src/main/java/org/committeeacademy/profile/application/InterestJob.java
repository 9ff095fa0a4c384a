package org.committeeacademy.profile.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.committeeacademy.cohort.application.CohortOpened;
import org.committeeacademy.profile.domain.InterestRepository;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * When a cohort opens, the interest list of its venue hears of it right after the commit; a cohort whose enrolment
 * window opens later is found by the quarter-hourly run, which also clears entries that are done.
 */
@Singleton
@ScheduledJob
public class InterestJob {

    private static final System.Logger LOG = System.getLogger(InterestJob.class.getName());

    @Inject
    InterestNotifier notifier;

    @Inject
    InterestRepository entries;

    public void cohortOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) CohortOpened event) {
        tell(event.cohort().id());
    }

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    public void run() {
        entries.openCohortsWithInterest().forEach(this::tell);
        notifier.sweep();
    }

    private void tell(long cohortId) {
        try {
            int told = notifier.tellAbout(cohortId);
            if (told > 0) {
                LOG.log(Level.INFO, "Told {0} people on the interest list about cohort {1}", told, cohortId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Interest list for cohort " + cohortId + " waits for the next run", e);
        }
    }
}
