package org.committeeacademy.survey.domain;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.goal.domain.Checkpoint;

/**
 * When a cohort's surveys take answers. The baseline from enrolment until the first session starts; the survey
 * after a module from the end of the module's last session for {@link #OPEN_WEEKS} weeks; the follow-up at the
 * 6-month goal check-in (the course's last day + 6 months) for {@link #OPEN_WEEKS} weeks.
 */
public final class SurveyCalendar {

    public static final int OPEN_WEEKS = 4;

    private final long cohortId;
    private final List<ScheduledSession> sessions;

    public SurveyCalendar(long cohortId, List<ScheduledSession> sessions) {
        this.cohortId = cohortId;
        this.sessions = sessions.stream()
                .sorted(Comparator.comparing(ScheduledSession::start))
                .toList();
    }

    public List<SurveyWindow> windows() {
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<SurveyWindow> windows = new ArrayList<>();
        windows.add(new SurveyWindow(
                Round.baseline(cohortId),
                null,
                LocalDateTime.MIN,
                sessions.get(0).start()));
        Map<String, ScheduledSession> lastOfModule = new LinkedHashMap<>();
        sessions.forEach(
                s -> lastOfModule.merge(s.moduleKey(), s, (a, b) -> b.end().isAfter(a.end()) ? b : a));
        lastOfModule.values().stream()
                .sorted(Comparator.comparing(ScheduledSession::end))
                .forEach(s -> windows.add(new SurveyWindow(
                        Round.afterModule(cohortId, s.moduleKey()),
                        s.moduleTitle(),
                        s.end(),
                        s.end().plusWeeks(OPEN_WEEKS))));
        LocalDateTime courseEnd = sessions.stream()
                .map(ScheduledSession::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        LocalDateTime checkIn =
                Checkpoint.SIX_MONTHS.dueOn(courseEnd.toLocalDate()).atTime(LocalTime.MIDNIGHT);
        windows.add(new SurveyWindow(Round.followUp(cohortId), null, checkIn, checkIn.plusWeeks(OPEN_WEEKS)));
        return windows;
    }

    public List<SurveyWindow> openAt(LocalDateTime now) {
        return windows().stream().filter(w -> w.isOpenAt(now)).toList();
    }

    public boolean takesAnswers(Round round, LocalDateTime now) {
        return openAt(now).stream().anyMatch(w -> w.round().equals(round));
    }
}
