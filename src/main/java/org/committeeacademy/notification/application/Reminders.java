package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.committeeacademy.cohort.application.JoinTimes;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.domain.NotificationSources;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.domain.AcademyTime;

/**
 * Reminds confirmed members and the session's trainers of a session ACADEMY_REMINDER_HOURS (48) before it starts.
 * Each reminder is recorded under (session, person, kind) with the mail, so a second run or a restart never sends it
 * again.
 */
@ApplicationScoped
public class Reminders {

    static final String KIND = "SESSION_UPCOMING";

    @Inject
    NotificationSources sources;

    @Inject
    Notifications notifications;

    Clock clock = Clock.system(AcademyTime.ZONE);

    @Transactional
    public int remindDue() {
        return remindDue(MailSettings.current().reminderHours());
    }

    int remindDue(int hoursAhead) {
        LocalDateTime now = LocalDateTime.now(clock);
        int sent = 0;
        for (Session session : sources.sessionsStarting(now, now.plusHours(hoursAhead))) {
            Map<Long, Account> people = new LinkedHashMap<>();
            sources.members(session.cohort().id(), List.of(EnrolmentStatus.CONFIRMED))
                    .forEach(a -> people.putIfAbsent(a.id(), a));
            (session.trainers().isEmpty() ? session.cohort().trainers() : session.trainers())
                    .forEach(a -> people.putIfAbsent(a.id(), a));
            Map<String, Object> values = Map.of(
                    "cohort", session.cohort().title(),
                    "module", session.module().title(),
                    "start", session.start(),
                    "place", place(session, Reminders::siteBase));
            for (Account person : people.values()) {
                if (sources.recordReminder(session.id(), person.id(), KIND, clock.instant())) {
                    notifications.send(
                            Recipient.of(person),
                            Notice.SESSION_REMINDER,
                            values,
                            About.session(session.cohort().id(), session.id()));
                    sent++;
                }
            }
        }
        return sent;
    }

    /**
     * The room, and for an online or hybrid session the address of our join page (never the room's own link: the page
     * checks who may enter and records the press for the attendance list).
     */
    static String place(Session session, Supplier<String> siteBase) {
        String venue = session.cohort().venue().name();
        String join = session.hasOnlineRoom() ? siteBase.get() + JoinTimes.joinPath(session.id()) : null;
        if (session.room() == null) {
            return join == null ? venue : join;
        }
        return venue + ", " + session.room().name() + (join == null ? "" : " + online: " + join);
    }

    /** Where people reach the application (ACADEMY_PUBLIC_URL); a scheduled job has no request to ask. */
    private static String siteBase() {
        return PublicAddress.withoutRequest();
    }
}
