package org.committeeacademy.worksheet.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.EditStamps;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.worksheet.application.WorksheetAccess.Granted;
import org.committeeacademy.worksheet.application.WorksheetAccess.Viewer;
import org.committeeacademy.worksheet.domain.ReviewDecision;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetRepository;
import org.committeeacademy.worksheet.domain.WorksheetReviewed;
import org.committeeacademy.worksheet.domain.WorksheetSubmitted;

/** Filling in, submitting and reviewing worksheets; who may do what is decided by {@link WorksheetAccess}. */
@ApplicationScoped
@Transactional
public class Worksheets {

    private static final System.Logger LOG = System.getLogger(Worksheets.class.getName());

    @Inject
    WorksheetRepository worksheets;

    @Inject
    WorksheetAccess access;

    @Inject
    WorksheetStarter starter;

    @Inject
    CohortRepository cohorts;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    EditStamps stamps;

    @Inject
    Event<WorksheetSubmitted> submitted;

    @Inject
    Event<WorksheetReviewed> reviewed;

    Clock clock = Clock.systemUTC();

    /** The caller's worksheets in every cohort where they hold a confirmed or completed place. */
    public List<WorksheetView> mine(Language language) {
        Account me = startMine();
        List<WorksheetView> views = new ArrayList<>();
        for (Worksheet w : worksheets.ofMember(me.id())) {
            cohorts.find(w.cohortId()).ifPresent(c -> views.add(WorksheetViews.of(w, c, me, Viewer.MEMBER, language)));
        }
        return views;
    }

    /** What a list of the caller's worksheets shows (home page): title and status, without the content. */
    public List<WorksheetLink> linksOfMine(Language language) {
        Account me = startMine();
        return worksheets.headingsOf(me.id()).stream()
                .map(h -> new WorksheetLink(h.id(), h.cohortId(), h.title(language), h.status()))
                .toList();
    }

    /** The caller, once the worksheets of each course where they hold a seat exist. */
    private Account startMine() {
        Account me = currentUser.require();
        worksheets.seatedCohorts(me.id()).forEach(cohortId -> start(cohortId, List.of(me.id())));
        return me;
    }

    /** A cohort's worksheets for its trainers (content) or staff (status only). */
    public List<WorksheetView> ofCohort(long cohortId, Language language) {
        Cohort cohort = access.teamCohort(cohortId, true);
        Account caller = currentUser.require();
        Viewer as = WorksheetAccess.isTrainer(cohort, caller) ? Viewer.TRAINER : Viewer.STATUS_ONLY;
        start(cohortId, worksheets.seatedMembers(cohortId));
        return worksheets.ofCohort(cohortId).stream()
                .map(w ->
                        WorksheetViews.of(w, cohort, accounts.find(w.memberId()).orElse(null), as, language))
                .sorted(Comparator.comparing(WorksheetView::memberName).thenComparing(WorksheetView::moduleKey))
                .toList();
    }

    /** The title of a cohort the caller teaches or manages as staff. */
    public String cohortTitle(long cohortId) {
        return access.teamCohort(cohortId, true).title();
    }

    public WorksheetView worksheet(long id, Language language) {
        return view(access.readable(id), language);
    }

    /** Autosave and save: only the member, only while a draft or sent back for revision. */
    public WorksheetView save(long id, JsonObject answers, Language language) {
        return save(id, answers, language, null);
    }

    /** Refused (StaleVersionException) when the worksheet was saved elsewhere since the expected version. */
    public WorksheetView save(long id, JsonObject answers, Language language, Long expectedVersion) {
        Granted granted = access.own(id);
        stamps.edit(granted.worksheet().lastChange(), expectedVersion);
        granted.worksheet().save(answers, language, clock.instant());
        return view(granted, language);
    }

    /**
     * Saves what was typed last (when given) and submits; the goals in it live on in the goals feature. A submission
     * refused for empty required fields still keeps what was typed as the draft (no rollback for that refusal).
     */
    @Transactional(dontRollbackOn = ValidationException.class)
    public WorksheetView submit(long id, JsonObject lastAnswers, Language language) {
        return submit(id, lastAnswers, language, null);
    }

    /** As {@link #submit(long, JsonObject, Language)}, refused when saved elsewhere since the expected version. */
    public WorksheetView submit(long id, JsonObject lastAnswers, Language language, Long expectedVersion) {
        Granted granted = access.own(id);
        Worksheet worksheet = granted.worksheet();
        Instant now = clock.instant();
        stamps.edit(worksheet.lastChange(), expectedVersion);
        if (lastAnswers != null) {
            worksheet.save(lastAnswers, language, now);
        }
        worksheet.submit(now);
        Cohort cohort = granted.cohort();
        submitted.fire(new WorksheetSubmitted(
                worksheet.id(),
                worksheet.memberId(),
                cohort.id(),
                cohort.title(),
                courseEnd(cohort),
                worksheet.answers().goals(worksheet.template(Language.defaultLanguage()))));
        return view(granted, language);
    }

    public WorksheetView review(long id, ReviewDecision decision, Map<String, String> comments, Language language) {
        Granted granted = access.reviewable(id);
        Worksheet worksheet = granted.worksheet();
        stamps.edit(worksheet.lastChange(), null);
        worksheet.review(decision, comments, granted.caller().name(), clock.instant());
        reviewed.fire(new WorksheetReviewed(
                worksheet.id(), worksheet.memberId(), worksheet.cohortId(), worksheet.moduleKey(), decision));
        return view(granted, language);
    }

    private void start(long cohortId, List<Long> memberIds) {
        if (!starter.incomplete(cohortId, memberIds)) {
            return;
        }
        try {
            starter.ensure(cohortId, memberIds);
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(System.Logger.Level.INFO, "Worksheets of cohort {0} were started meanwhile: {1}", cohortId, e);
        }
    }

    private WorksheetView view(Granted g, Language language) {
        Account member = g.as() == Viewer.MEMBER
                ? g.caller()
                : accounts.find(g.worksheet().memberId()).orElse(null);
        return WorksheetViews.of(g.worksheet(), g.cohort(), member, g.as(), language);
    }

    /** The day of the cohort's last session; the check-ins after the course count from it. */
    static LocalDate courseEnd(Cohort cohort) {
        return cohort.activeSessions().stream()
                .map(Session::end)
                .map(java.time.LocalDateTime::toLocalDate)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.now());
    }
}
