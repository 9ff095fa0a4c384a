package org.committeeacademy.survey.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.committeeacademy.notification.application.Notifications;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.shared.application.ScheduledJob;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScheduledSession;
import org.committeeacademy.survey.domain.SurveyCalendar;
import org.committeeacademy.survey.domain.SurveyRepository;
import org.committeeacademy.survey.domain.SurveySchedules;
import org.committeeacademy.survey.domain.SurveyWindow;

/**
 * Every half hour, invites the seated members of a cohort to each of its surveys that is open, once per person and
 * survey: the row in survey_invitation_sent is written in the same transaction as the mail. Those who already
 * answered are not invited.
 */
@Singleton
@ScheduledJob
public class SurveyInvitations {

    private static final System.Logger LOG = System.getLogger(SurveyInvitations.class.getName());

    /** Follow-ups open 6 months after the last session and stay open 4 weeks: older cohorts have nothing open. */
    private static final Period LOOK_BACK = Period.ofMonths(8);

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveySchedules schedules;

    @Inject
    Notifications notifications;

    Clock clock = Clock.system(AcademyTime.ZONE);

    /** Where members reach the application (ACADEMY_PUBLIC_URL), for the link in the mail. */
    Supplier<String> publicUrl = () -> PublicAddress.withoutRequest();

    @Schedule(hour = "*", minute = "10/30", persistent = false)
    public void everyHalfHour() {
        invite();
    }

    /** @return how many invitations were written */
    public int invite() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> cohortIds = schedules.cohortsEndingAfter(
                now.minus(LOOK_BACK).atZone(clock.getZone()).toInstant());
        Map<Long, List<ScheduledSession>> sessions =
                schedules.sessionsOf(cohortIds).stream().collect(Collectors.groupingBy(ScheduledSession::cohortId));
        Map<Long, List<SurveyWindow>> open = sessions.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> new SurveyCalendar(e.getKey(), e.getValue()).openAt(now)));
        open.values().removeIf(List::isEmpty);
        int sent = 0;
        for (var seated : schedules.seatedIn(open.keySet()).entrySet()) {
            for (SurveyWindow window : open.get(seated.getKey())) {
                for (long accountId : seated.getValue()) {
                    if (invite(accountId, window)) {
                        sent++;
                    }
                }
            }
        }
        if (sent > 0) {
            LOG.log(Level.INFO, "{0} survey invitation(s) written", sent);
        }
        return sent;
    }

    private boolean invite(long accountId, SurveyWindow window) {
        Round round = window.round();
        if (surveys.invited(accountId, round) || surveys.tookPart(accountId, round)) {
            return false;
        }
        surveys.markInvited(accountId, round, clock.instant());
        notifications.send(
                accountId,
                Notice.SURVEY_INVITATION,
                Map.of(
                        "cohort", schedules.cohortTitle(round.cohortId()),
                        "survey", SurveyNames.of(round.phase(), window.moduleTitle()),
                        "link", link(round)));
        return true;
    }

    private String link(Round round) {
        return publicUrl.get() + "/member/survey.xhtml?round=" + round.id();
    }
}
