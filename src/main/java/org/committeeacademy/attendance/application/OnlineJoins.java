package org.committeeacademy.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.committeeacademy.cohort.application.JoinTimes;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.JoinWindow;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * "Teilnehmen": the way into a session's online room goes through our server. Confirmed members and the session's
 * trainers get the room's address while the join window is open (staff who manage the cohort at any time, to check
 * the room); a member's press is recorded so that the attendance list can propose "present". To anyone else, and for
 * a session without an online room or one called off, the session does not exist (404).
 */
@ApplicationScoped
@Transactional
public class OnlineJoins {

    private static final Logger LOG = Logger.getLogger(OnlineJoins.class.getName());

    @Inject
    CohortRepository cohorts;

    @Inject
    SeatedMembers seated;

    @Inject
    JoinLog log;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    public JoinOutcome join(long sessionId) {
        Account caller = currentUser.require();
        Session session = cohorts.findSession(sessionId)
                .filter(s -> s.hasOnlineRoom() && !s.isCalledOff())
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        boolean staff = currentUser.manages(session.cohort().organisationId());
        boolean trainer = AttendanceBook.teaches(session, caller);
        boolean member = isConfirmed(session, caller);
        if (!staff && !trainer && !member) {
            throw new NotFoundException("session " + sessionId);
        }
        JoinWindow window = JoinTimes.window();
        LocalDateTime now = LocalDateTime.now(clock.withZone(AcademyTime.ZONE));
        LocalDateTime opens = window.opensAt(session.start());
        if (!staff && !window.isOpen(session, now)) {
            JoinOutcome.State state = now.isBefore(opens) ? JoinOutcome.State.NOT_YET : JoinOutcome.State.OVER;
            return new JoinOutcome(state, null, opens, session.end());
        }
        if (member && window.isOpen(session, now)) {
            try {
                log.record(session.id(), caller.id(), clock.instant());
            } catch (RuntimeException e) {
                // a double tap raced the first row in: that press is recorded, and the member must get in anyway
                LOG.log(Level.INFO, "join of session " + sessionId + " not recorded: " + e);
            }
        }
        return new JoinOutcome(JoinOutcome.State.OPEN, session.onlineLink(), opens, session.end());
    }

    private boolean isConfirmed(Session session, Account caller) {
        Enrolment enrolment = seated.byMember(session.cohort().id()).get(caller.id());
        return enrolment != null && enrolment.status() == EnrolmentStatus.CONFIRMED;
    }
}
