package org.committeeacademy.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.committeeacademy.cohort.application.CohortFilter;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.cohort.application.CohortQueries;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.EnrolmentFigures;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.RosterView;
import org.committeeacademy.exchange.domain.ExchangeFile;
import org.committeeacademy.exchange.domain.TeachingUnits;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Reads cohorts for the exchange format. Staff export their own organisation's cohorts with participants (another
 * organisation's cohort does not exist for them); the coordinator reads every organisation's cohorts and sessions but
 * no person, so their files have no participants; admins read everything.
 */
@ApplicationScoped
@Transactional
public class CohortExchange {

    /** The longest period one export covers: a year, plus a day for a leap year. */
    public static final int MAX_PERIOD_DAYS = 366;

    @Inject
    CohortRepository cohorts;

    @Inject
    CohortQueries queries;

    @Inject
    EnrolmentFigures figures;

    @Inject
    EnrolmentQueries enrolments;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    public ExchangeFile cohort(long id) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN, Role.COORDINATOR);
        Cohort cohort = cohorts.find(id).orElseThrow(() -> new NotFoundException("cohort " + id));
        if (!currentUser.manages(cohort.organisationId()) && !currentUser.hasRole(Role.COORDINATOR)) {
            throw currentUser.refusal();
        }
        return file(List.of(cohort));
    }

    /** Cohorts with a session in the period (days inclusive), by first session; staff only their organisation's. */
    public ExchangeFile period(LocalDate from, LocalDate to) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN, Role.COORDINATOR);
        if (from == null) {
            throw new ValidationException("from", "exchange.period.from");
        }
        if (to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new ValidationException("to", "exchange.period.to");
        }
        CohortFilter filter = new CohortFilter(null, null, null, from, to);
        List<Cohort> found =
                queries
                        .cohorts(currentUser
                                .staffScope()
                                .map(filter::withinOrganisation)
                                .orElse(filter))
                        .stream()
                        .map(CohortOverview::id)
                        .map(cohorts::find)
                        .flatMap(java.util.Optional::stream)
                        .toList();
        return file(found);
    }

    private ExchangeFile file(List<Cohort> found) {
        List<ExchangeFile.CohortLine> cohortLines = new ArrayList<>();
        List<ExchangeFile.SessionLine> sessionLines = new ArrayList<>();
        List<ExchangeFile.ParticipantLine> participants = new ArrayList<>();
        for (Cohort cohort : found) {
            List<Session> sessions = cohort.sessions().stream()
                    .sorted(Comparator.comparing(Session::start).thenComparing(Session::id))
                    .toList();
            List<BigDecimal> units = new ArrayList<>();
            for (Session s : sessions) {
                BigDecimal u = s.isCancelled() ? BigDecimal.ZERO.setScale(1) : TeachingUnits.of(s.start(), s.end());
                units.add(u);
                sessionLines.add(new ExchangeFile.SessionLine(
                        cohort.id(),
                        s.id(),
                        s.start(),
                        s.end(),
                        u,
                        s.module().title().de(),
                        place(cohort, s),
                        s.isCancelled()));
            }
            cohortLines.add(cohortLine(cohort, TeachingUnits.sum(units)));
            if (currentUser.manages(cohort.organisationId())) {
                participants.addAll(participants(cohort));
            }
        }
        return new ExchangeFile(cohortLines, sessionLines, participants);
    }

    private ExchangeFile.CohortLine cohortLine(Cohort cohort, BigDecimal units) {
        List<Session> active = cohort.activeSessions();
        return new ExchangeFile.CohortLine(
                cohort.id(),
                cohort.title(),
                cohort.series().title().de(),
                cohort.venue().name(),
                cohort.venue().city(),
                cohort.status().name(),
                cohort.format().name(),
                cohort.language().code(),
                active.stream()
                        .map(Session::start)
                        .min(Comparator.naturalOrder())
                        .map(LocalDateTime::toLocalDate)
                        .orElse(null),
                active.stream()
                        .map(Session::end)
                        .max(Comparator.naturalOrder())
                        .map(LocalDateTime::toLocalDate)
                        .orElse(null),
                active.size(),
                units,
                cohort.fee() == null ? BigDecimal.ZERO : cohort.fee(),
                cohort.capacity(),
                figures.seated(cohort.id()),
                figures.waitlisted(cohort.id()));
    }

    private static String place(Cohort cohort, Session s) {
        if (s.isOnline() || s.room() == null) {
            return "online";
        }
        return cohort.venue().name() + ", " + s.room().name();
    }

    /** Confirmed (and completed) participants by name, then the waiting list in its order. */
    private List<ExchangeFile.ParticipantLine> participants(Cohort cohort) {
        RosterView roster = enrolments.roster(cohort.id());
        List<ExchangeFile.ParticipantLine> lines = new ArrayList<>();
        roster.confirmed().stream()
                .sorted(Comparator.comparing(EnrolmentView::memberName))
                .forEach(e -> lines.add(participant(cohort, e, 0)));
        roster.waiting().forEach(e -> lines.add(participant(cohort, e, Math.max(1, e.waitlistPosition()))));
        return lines;
    }

    private ExchangeFile.ParticipantLine participant(Cohort cohort, EnrolmentView e, int position) {
        String language = accounts.find(e.memberId())
                .map(Account::language)
                .map(l -> l.code())
                .orElse("");
        return new ExchangeFile.ParticipantLine(
                e.memberName(),
                e.memberEmail(),
                language,
                position,
                e.createdAt().atZone(AcademyTime.ZONE).toLocalDate(),
                cohort.id(),
                cohort.title());
    }
}
