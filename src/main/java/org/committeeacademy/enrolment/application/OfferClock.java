package org.committeeacademy.enrolment.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * Every minute, passes offers nobody answered in time on to the next person waiting, one cohort per transaction.
 * Requests that touch a cohort do the same first, so an expired offer never blocks a seat, even between ticks.
 */
@Singleton
@ScheduledJob
public class OfferClock {

    private static final System.Logger LOG = System.getLogger(OfferClock.class.getName());

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EnrolmentDesk desk;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void passOnExpiredOffers() {
        for (long cohortId : enrolments.cohortsWithExpiredOffers(clock.instant())) {
            try {
                int expired = desk.expireOffers(cohortId);
                LOG.log(Level.INFO, "{0} expired offer(s) in cohort {1} passed on", expired, cohortId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Expired offers of cohort " + cohortId + " stay for the next tick", e);
            }
        }
    }
}
