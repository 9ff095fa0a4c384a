package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.ScheduleChange;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.SessionText;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentChange;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.notification.domain.EnrolmentNotices;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.domain.NotificationSources;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;

/**
 * Turns one recorded change into mails, in one transaction with marking it notified. Everything is read before the
 * change is claimed, so the claim's row lock is held only for the moment it takes to write the mails.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ChangeMails {

    private static final List<EnrolmentStatus> CONCERNED = List.of(
            EnrolmentStatus.REQUESTED, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED);

    @Inject
    NotificationSources sources;

    @Inject
    Notifications notifications;

    @Inject
    Messages messages;

    Clock clock = Clock.systemUTC();

    /** Read in a transaction of its own: the callers run on the executor's or the timer's threads. */
    public List<Long> pendingEnrolmentChanges(int limit) {
        return sources.unnotifiedEnrolmentChanges(limit);
    }

    public List<Long> pendingScheduleChanges(int limit) {
        return sources.unnotifiedScheduleChanges(limit);
    }

    public void enrolmentChange(long id) {
        Optional<EnrolmentChange> found = sources.enrolmentChange(id);
        if (found.isEmpty()) {
            return;
        }
        EnrolmentChange change = found.get();
        Enrolment enrolment = change.enrolment();
        Recipient member = Recipient.of(enrolment.member());
        Optional<Notice> notice = EnrolmentNotices.forChange(change.to(), change.cause());
        // an offer that was answered or ran out before this mail was written is no longer worth a mail
        if (notice.orElse(null) == Notice.OFFERED && enrolment.offerExpiresAt() == null) {
            notice = Optional.empty();
        }
        Map<String, Object> values = notice.isPresent() ? values(change, member.language()) : Map.of();
        if (sources.claimEnrolmentChange(id, clock.instant()) && notice.isPresent()) {
            notifications.send(
                    member,
                    notice.get(),
                    values,
                    About.cohort(enrolment.cohort().id()));
        }
    }

    public void scheduleChange(long id) {
        Optional<ScheduleChange> found = sources.scheduleChange(id);
        if (found.isEmpty()) {
            return;
        }
        ScheduleChange change = found.get();
        Cohort cohort = change.cohort();
        Session session = change.session();
        Map<Long, Account> people = new LinkedHashMap<>();
        sources.members(cohort.id(), CONCERNED).forEach(a -> people.putIfAbsent(a.id(), a));
        cohort.trainers().forEach(a -> people.putIfAbsent(a.id(), a));
        if (session != null) {
            session.trainers().forEach(a -> people.putIfAbsent(a.id(), a));
        }
        Notice notice = Notice.valueOf(change.kind().name());
        Map<String, Object> values = new HashMap<>();
        values.put("cohort", cohort.title());
        if (session != null) {
            values.put("module", session.module().title());
        }
        String[] beforeAfter = change.details().split(" → ", 2);
        values.put("before", SessionText.readable(beforeAfter[0]));
        values.put("after", beforeAfter.length > 1 ? SessionText.readable(beforeAfter[1]) : "");
        values.put("session", SessionText.readable(change.details()));
        About about = session == null ? About.cohort(cohort.id()) : About.session(cohort.id(), session.id());
        if (sources.claimScheduleChange(id, clock.instant())) {
            people.values().forEach(p -> notifications.send(Recipient.of(p), notice, values, about));
        }
    }

    private Map<String, Object> values(EnrolmentChange change, Language language) {
        Enrolment enrolment = change.enrolment();
        Cohort cohort = enrolment.cohort();
        Map<String, Object> values = new HashMap<>();
        values.put("cohort", cohort.title());
        values.put(
                "firstSession",
                cohort.activeSessions().stream()
                        .map(Session::start)
                        .min(Comparator.naturalOrder())
                        .map(start -> (Object) start)
                        .orElse(messages.text(language, "notification.value.toBeAnnounced")));
        values.put("venue", cohort.venue().name() + ", " + cohort.venue().city());
        values.put("position", change.waitlistPosition() == null ? "–" : change.waitlistPosition());
        values.put("deadline", enrolment.offerExpiresAt());
        values.put(
                "reason",
                change.note() == null || change.note().isBlank()
                        ? messages.text(language, "notification.value.noReason")
                        : change.note());
        return values;
    }
}
