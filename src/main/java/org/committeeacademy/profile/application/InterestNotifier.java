package org.committeeacademy.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.notification.application.About;
import org.committeeacademy.notification.application.Notifications;
import org.committeeacademy.notification.application.Recipient;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.profile.domain.InterestEntry;
import org.committeeacademy.profile.domain.InterestList;
import org.committeeacademy.profile.domain.InterestRepository;
import org.committeeacademy.shared.domain.AcademyTime;

/**
 * Tells the confirmed entries at a cohort's venue that it is open for enrolment, once per entry and cohort, and
 * forgets entries 30 days after they were told and unconfirmed ones after a week.
 */
@ApplicationScoped
public class InterestNotifier {

    static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);

    @Inject
    InterestRepository entries;

    @Inject
    CohortRepository cohorts;

    @Inject
    Notifications notifications;

    Clock clock = Clock.systemUTC();

    /** In a transaction of its own: a failure here must not undo the change that opened the cohort. */
    @Transactional(TxType.REQUIRES_NEW)
    public int tellAbout(long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElse(null);
        Instant now = clock.instant();
        if (cohort == null || !cohort.isOpenForEnrolment(LocalDate.now(clock.withZone(AcademyTime.ZONE)))) {
            return 0;
        }
        int told = 0;
        for (InterestEntry entry :
                InterestList.toTell(entries.atVenue(cohort.venue().id()), entries.toldAbout(cohortId))) {
            notifications.send(
                    new Recipient(null, entry.email(), entry.name(), entry.language()),
                    Notice.COHORT_OPENED,
                    Map.of(
                            "cohort", cohort.title(),
                            "venue", cohort.venue().name(),
                            "link", InterestLinks.cohort(cohortId),
                            "unsubscribe", InterestLinks.unsubscribe(entry.token())),
                    About.cohort(cohortId));
            entries.recordTold(entry.id(), cohortId, now);
            entry.told(now);
            told++;
        }
        return told;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void sweep() {
        Instant now = clock.instant();
        entries.all().stream()
                .filter(e -> e.isDone(now)
                        || (!e.isConfirmed()
                                && e.createdAt().plus(UNCONFIRMED_KEPT).isBefore(now)))
                .forEach(entries::remove);
    }
}
