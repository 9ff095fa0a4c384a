package org.committeeacademy.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.calendar.domain.CalendarEntry;
import org.committeeacademy.calendar.domain.CalendarFeed;
import org.committeeacademy.calendar.domain.CalendarRepository;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.i18n.Messages;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sessions as iCalendar: a cohort's (for its seated members, its trainers and staff), and each account's personal
 * feed of the sessions it attends or teaches, with its committee's and council's meetings where the committee names
 * a council information system, fetched by a secret address. Feeds reach 90 days back, so a session
 * cancelled last month still reaches calendars as cancelled.
 */
@ApplicationScoped
@Transactional
public class Calendars {

    static final int DAYS_BACK = 90;

    @Inject
    CalendarRepository calendars;

    @Inject
    CohortRepository cohorts;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SessionEntries entries;

    @Inject
    Messages messages;

    @Inject
    CouncilEntries councilEntries;

    Clock clock = Clock.systemUTC();

    /** The cohort's sessions; NotFoundException for anyone who is neither seated in it, nor teaches it, nor staff. */
    public String cohort(long cohortId, String baseUrl) {
        Account caller = currentUser.require();
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        boolean staff = currentUser.manages(cohort.organisationId());
        boolean teaches = TrainerRule.actsAsTrainer(cohort, caller);
        if (!staff && !teaches && !enrolments.isSeated(cohortId, caller.id())) {
            throw new NotFoundException("cohort " + cohortId);
        }
        List<Session> sessions = cohort.sessions().stream()
                .sorted(Comparator.comparing(Session::start))
                .toList();
        return ICalendarFormat.publish(
                cohort.title(), entries.of(sessions, caller.language(), baseUrl), organizer(), clock.instant());
    }

    /** The caller's own sessions, as the feed shows them. */
    public String mine(String baseUrl) {
        return feedFor(currentUser.require(), baseUrl);
    }

    /**
     * The caller's coming dates (course sessions and council meetings) as "Mein Kalender" lists them, in time order:
     * what the feed holds, from now on, at most {@code limit}.
     */
    public List<CalendarEntry> myComingDates(String baseUrl, int limit) {
        Account me = currentUser.require();
        Instant now = clock.instant();
        LocalDateTime from = LocalDateTime.ofInstant(now, AcademyTime.ZONE);
        List<CalendarEntry> all =
                new ArrayList<>(entries.of(calendars.sessionsOf(me.id(), from), me.language(), baseUrl));
        all.addAll(councilEntries.of(me.id(), now, me.language()));
        return all.stream()
                .filter(e -> e.end().isAfter(now))
                .sorted(Comparator.comparing(CalendarEntry::start))
                .limit(limit)
                .toList();
    }

    /** The feed behind a secret address; empty for an unknown or renewed token. */
    public Optional<String> feed(String token, String baseUrl) {
        if (!CalendarFeed.isWellFormed(token)) {
            return Optional.empty();
        }
        return calendars
                .feedByToken(token)
                .flatMap(feed -> accounts.find(feed.accountId()))
                .map(account -> feedFor(account, baseUrl));
    }

    /** The caller's feed token, made on first use. */
    public CalendarFeed myFeed() {
        long id = currentUser.require().id();
        return calendars.feedOf(id).orElseGet(() -> {
            CalendarFeed feed = new CalendarFeed(id, clock.instant());
            calendars.add(feed);
            return feed;
        });
    }

    /** A new token for the caller; the old address stops working at once. */
    public CalendarFeed renewMyFeed() {
        CalendarFeed feed = myFeed();
        feed.renew(clock.instant());
        return feed;
    }

    private String feedFor(Account account, String baseUrl) {
        LocalDateTime from = LocalDateTime.now(clock.withZone(AcademyTime.ZONE)).minusDays(DAYS_BACK);
        List<Session> sessions = calendars.sessionsOf(account.id(), from);
        String name = messages.text(account.language(), "calendar.feedName");
        List<CalendarEntry> all = new ArrayList<>(entries.of(sessions, account.language(), baseUrl));
        all.addAll(councilEntries.of(account.id(), from.atZone(AcademyTime.ZONE).toInstant(), account.language()));
        return ICalendarFormat.publish(name, all, organizer(), clock.instant());
    }

    /** The academy's sender address (ACADEMY_SMTP_FROM, "Name <address>" or a bare address) as the organizer. */
    static String organizer() {
        return ConfigProvider.getConfig()
                .getOptionalValue("academy.smtp.from", String.class)
                .map(Calendars::address)
                .filter(a -> a.matches("[^\\s<>@]+@[^\\s<>@]+"))
                .orElse("no-reply@committee-academy.invalid");
    }

    static String address(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>', open + 1);
        return (open >= 0 && close > open ? from.substring(open + 1, close) : from).strip();
    }
}
