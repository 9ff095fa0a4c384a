package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.notification.domain.Audience;
import org.committeeacademy.notification.domain.CohortMessage;
import org.committeeacademy.notification.domain.CohortMessageRepository;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.domain.NotificationSources;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Messages to a group of a cohort: written by the cohort's trainers and staff (anyone else is told the cohort does not
 * exist), mailed to each person addressed and kept for the members' pages.
 */
@ApplicationScoped
@Transactional
public class CohortMessaging {

    @Inject
    CohortRepository cohorts;

    @Inject
    CohortMessageRepository messages;

    @Inject
    NotificationSources sources;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    /** The cohort's title, for the page; checks that the caller may write to it. */
    public String title(long cohortId) {
        return teamCohort(cohortId).title();
    }

    public int recipientCount(long cohortId, Audience audience, Long sessionId) {
        return people(teamCohort(cohortId), audience, sessionId).size();
    }

    /** The cohort's sessions that took place, latest first: whose present people a message may address. */
    public List<Session> heldSessions(long cohortId) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(AcademyTime.ZONE));
        return teamCohort(cohortId).sessions().stream()
                .filter(s -> !s.isCalledOff() && !s.start().isAfter(now))
                .sorted(Comparator.comparing(Session::start).reversed())
                .toList();
    }

    public int write(long cohortId, Audience audience, Long sessionId, String subject, String text) {
        Cohort cohort = teamCohort(cohortId);
        Account author = currentUser.require();
        List<Account> people = people(cohort, audience, sessionId);
        CohortMessage message = new CohortMessage(
                cohortId,
                author.id(),
                author.name(),
                audience,
                subject,
                text,
                people.stream().map(Account::id).toList(),
                clock.instant());
        messages.add(message);
        Map<String, Object> values = new HashMap<>();
        values.put("cohort", cohort.title());
        values.put("author", author.name());
        values.put("subject", message.subject());
        values.put("text", message.body());
        people.forEach(p -> notifications.send(Recipient.of(p), Notice.COHORT_MESSAGE, values, About.cohort(cohortId)));
        return people.size();
    }

    private List<Account> people(Cohort cohort, Audience audience, Long sessionId) {
        if (!audience.needsSession()) {
            return sources.members(cohort.id(), audience.statuses());
        }
        Session session = cohort.sessions().stream()
                .filter(s -> sessionId != null && s.id().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> new ValidationException("session", "cohortMessages.session.required"));
        return sources.presentAt(session.id());
    }

    public List<MessageView> history(long cohortId) {
        Cohort cohort = teamCohort(cohortId);
        return messages.ofCohort(cohortId).stream()
                .map(m -> MessageView.of(m, cohort.title()))
                .toList();
    }

    /** The messages addressed to the caller, in any cohort. */
    public List<MessageView> mine() {
        Account me = currentUser.require();
        List<CohortMessage> mine = messages.addressedTo(me.id());
        Set<Long> ids = mine.stream().map(CohortMessage::cohortId).collect(Collectors.toSet());
        Map<Long, String> titles = new HashMap<>();
        ids.forEach(id -> cohorts.find(id).ifPresent(c -> titles.put(id, c.title())));
        return mine.stream()
                .map(m -> MessageView.of(m, titles.getOrDefault(m.cohortId(), "")))
                .toList();
    }

    private Cohort teamCohort(long cohortId) {
        Account caller = currentUser.requireAnyRole(Role.TRAINER, Role.STAFF, Role.ADMIN);
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        boolean staff = currentUser.manages(cohort.organisationId());
        if (!staff && !TrainerRule.actsAsTrainer(cohort, caller)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }
}
