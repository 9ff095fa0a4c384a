package org.committeeacademy.notification.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.ScheduleChange;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.enrolment.domain.EnrolmentChange;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.identity.domain.Account;

/**
 * What other features recorded that people must hear about: enrolment and schedule changes not yet notified,
 * the people of a cohort, and sessions coming up. A change is claimed (notified_at set, by one UPDATE that only one
 * caller can win) in the transaction that writes its mails.
 */
public interface NotificationSources {

    List<Long> unnotifiedEnrolmentChanges(int limit);

    Optional<EnrolmentChange> enrolmentChange(long id);

    boolean claimEnrolmentChange(long id, Instant now);

    List<Long> unnotifiedScheduleChanges(int limit);

    Optional<ScheduleChange> scheduleChange(long id);

    boolean claimScheduleChange(long id, Instant now);

    /** Members of the cohort whose enrolment is in one of the given states, in enrolment order. */
    List<Account> members(long cohortId, List<EnrolmentStatus> statuses);

    /** The people marked present at the session. */
    List<Account> presentAt(long sessionId);

    /** Sessions not cancelled, of cohorts not cancelled, starting in [from, to) (venue time). */
    List<Session> sessionsStarting(LocalDateTime from, LocalDateTime to);

    /** Records a reminder; false when it had been recorded before (then nothing is sent again). */
    boolean recordReminder(long sessionId, long accountId, String kind, Instant now);
}
