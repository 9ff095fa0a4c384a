package org.committeeacademy.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.survey.domain.Answers;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScheduledSession;
import org.committeeacademy.survey.domain.SurveyCalendar;
import org.committeeacademy.survey.domain.SurveyItem;
import org.committeeacademy.survey.domain.SurveyRepository;
import org.committeeacademy.survey.domain.SurveySchedules;
import org.committeeacademy.survey.domain.SurveyWindow;

/**
 * The caller's surveys: those open now in cohorts where they hold a seat, and answering one. To anyone not
 * invited, or after the survey closed, a survey does not exist (404); a second answer is refused (409).
 */
@ApplicationScoped
@Transactional
public class MySurveys {

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveySchedules schedules;

    @Inject
    SurveyForms forms;

    @Inject
    CurrentUser currentUser;

    @Inject
    TallyPreparation tallies;

    Clock clock = Clock.system(AcademyTime.ZONE);

    /** Open surveys the caller has not answered yet. */
    public List<OpenSurvey> open() {
        long me = currentUser.require().id();
        Set<Round> taken = new HashSet<>(surveys.roundsTakenBy(me));
        return openTo(me).stream().filter(s -> !taken.contains(round(s))).toList();
    }

    public Questionnaire questionnaire(String roundId) {
        long me = currentUser.require().id();
        OpenSurvey survey = invited(me, roundId);
        Round round = round(survey);
        return new Questionnaire(
                survey, forms.of(round.cohortId()).askedIn(round.phase()), surveys.tookPart(me, round));
    }

    /** Stores the answers without any link to the caller, and that the caller took part, in one transaction. */
    public void answer(String roundId, Answers answers) {
        long me = currentUser.require().id();
        Round round = round(invited(me, roundId));
        if (surveys.tookPart(me, round)) {
            throw new ConflictException("survey.alreadyAnswered");
        }
        List<SurveyItem> asked = forms.of(round.cohortId()).askedIn(round.phase());
        answers.checkedAgainst(asked);
        try {
            tallies.prepare(
                    round,
                    asked.stream()
                            .filter(i -> i.kind().isScale())
                            .map(SurveyItem::key)
                            .toList());
        } catch (RuntimeException e) {
            // another answer created the counts at the same moment: they exist now
        }
        try {
            surveys.record(me, round, answers, YearMonth.now(clock));
        } catch (PersistenceException e) {
            // a second answer sent at the same moment: the participation's unique key refused it
            throw new ConflictException("survey.alreadyAnswered");
        }
    }

    private OpenSurvey invited(long accountId, String roundId) {
        Round wanted = Round.parse(roundId).orElseThrow(() -> new NotFoundException("survey " + roundId));
        return openTo(accountId).stream()
                .filter(s -> round(s).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("survey " + roundId));
    }

    private List<OpenSurvey> openTo(long accountId) {
        Map<Long, String> seats = schedules.seatsOf(accountId);
        Map<Long, List<ScheduledSession>> sessions = schedules.sessionsOf(seats.keySet()).stream()
                .collect(Collectors.groupingBy(ScheduledSession::cohortId));
        LocalDateTime now = LocalDateTime.now(clock);
        List<OpenSurvey> open = new ArrayList<>();
        sessions.forEach((cohortId, ofCohort) -> {
            for (SurveyWindow w : new SurveyCalendar(cohortId, ofCohort).openAt(now)) {
                open.add(new OpenSurvey(
                        w.round().id(), cohortId, seats.get(cohortId), w.round().phase(), w.moduleTitle(), w.closes()));
            }
        });
        return open;
    }

    private static Round round(OpenSurvey survey) {
        return Round.parse(survey.roundId()).orElseThrow();
    }
}
