package org.committeeacademy.enrolment.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.shared.persistence.ApplicationStartup;

/**
 * Every minute, passes offers nobody answered in time on to the next person waiting, one cohort per transaction.
 * Requests that touch a cohort do the same first, so an expired offer never blocks a seat, even between ticks.
 */
@Singleton
public class OfferClock {

    private static final System.Logger LOG = System.getLogger(OfferClock.class.getName());

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EnrolmentDesk desk;

    Clock clock = Clock.systemUTC();

    /** The timer may tick before the schema exists on a fresh database; it waits for the migrations. */
    private volatile boolean schemaReady;

    public void startOnceTheSchemaIsReady(@Observes ApplicationStartup.SchemaReady event) {
        schemaReady = true;
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void passOnExpiredOffers() {
        if (!schemaReady) {
            return;
        }
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
