package org.committeeacademy.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;

/** Who may answer when: baseline before the first session, after a module once it ended, follow-up at 6 months. */
class SurveyCalendarTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 6);

    private final SurveyCalendar calendar = new SurveyCalendar(
            7,
            List.of(
                    session("roles", DAY, 10, 16),
                    session("goals", DAY.plusDays(7), 10, 13),
                    session("roles", DAY.plusDays(14), 10, 12),
                    session("goals", DAY.plusDays(21), 10, 16)));

    private static ScheduledSession session(String module, LocalDate day, int from, int to) {
        return new ScheduledSession(
                7, module, new LocalizedText(module, module), day.atTime(from, 0), day.atTime(to, 0));
    }

    private List<Round> openAt(LocalDateTime at) {
        return calendar.openAt(at).stream().map(SurveyWindow::round).toList();
    }

    @Test
    void theBaselineIsOpenUntilTheFirstSessionStarts() {
        assertEquals(List.of(Round.baseline(7)), openAt(DAY.minusMonths(2).atStartOfDay()));
        assertEquals(List.of(Round.baseline(7)), openAt(DAY.atTime(9, 59)));
        assertTrue(openAt(DAY.atTime(10, 0)).isEmpty());
    }

    @Test
    void theSurveyAfterAModuleOpensWhenItsLastSessionEnded() {
        assertTrue(openAt(DAY.atTime(16, 0)).isEmpty(), "roles goes on on day 14");
        assertEquals(
                List.of(Round.afterModule(7, "roles")), openAt(DAY.plusDays(14).atTime(12, 0)));
        assertEquals(
                List.of(Round.afterModule(7, "roles"), Round.afterModule(7, "goals")),
                openAt(DAY.plusDays(21).atTime(16, 30)));
    }

    @Test
    void aSurveyAfterAModuleClosesAfterFourWeeks() {
        LocalDateTime end = DAY.plusDays(14).atTime(12, 0);
        assertTrue(calendar.takesAnswers(
                Round.afterModule(7, "roles"), end.plusWeeks(4).minusMinutes(1)));
        assertFalse(calendar.takesAnswers(Round.afterModule(7, "roles"), end.plusWeeks(4)));
    }

    @Test
    void theFollowUpOpensAtTheSixMonthCheckInForFourWeeks() {
        LocalDate checkIn = DAY.plusDays(21).plusMonths(6);
        assertFalse(
                calendar.takesAnswers(Round.followUp(7), checkIn.minusDays(1).atTime(12, 0)));
        assertEquals(List.of(Round.followUp(7)), openAt(checkIn.atTime(8, 0)));
        assertFalse(
                calendar.takesAnswers(Round.followUp(7), checkIn.plusWeeks(4).atStartOfDay()));
    }

    @Test
    void aCohortWithoutSessionsHasNoSurvey() {
        assertTrue(new SurveyCalendar(7, List.of()).windows().isEmpty());
    }

    @Test
    void roundIdsNameCohortAndPhaseOnly() {
        for (Round round : List.of(Round.baseline(12), Round.afterModule(12, "strategic-goals"), Round.followUp(12))) {
            assertEquals(round, Round.parse(round.id()).orElseThrow());
        }
        assertEquals(
                "12.module.strategic-goals",
                Round.afterModule(12, "strategic-goals").id());
        assertTrue(Round.parse("12.module.X; DROP").isEmpty());
        assertTrue(Round.parse(null).isEmpty());
    }
}
