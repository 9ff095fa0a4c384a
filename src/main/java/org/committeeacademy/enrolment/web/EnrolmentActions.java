package org.committeeacademy.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.committeeacademy.enrolment.application.EnrolmentDesk;
import org.committeeacademy.enrolment.application.EnrolmentTurns;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.Outcome;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * What a member does with their own enrolments, on the cohort page and on their home page: each action tells what
 * happened in a page message, and a refusal (deadline passed, offer gone, too many at once) is a message too, never
 * an error page. Also the sentences both pages show beside an enrolment.
 */
@Named
@RequestScoped
public class EnrolmentActions {

    private static final Refusals REFUSALS = Refusals.onPage()
            .gone("myCourses.gone")
            .denied("enrolment.member.notMember")
            .keepingTheForm()
            .retryingWhenBusy();

    @Inject
    EnrolmentDesk desk;

    @Inject
    EnrolmentTurns turns;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    public Optional<Outcome> enrol(long cohortId, String cohortTitle) {
        return messages.result(() -> turns.enrol(cohortId), REFUSALS).map(outcome -> {
            messages.info(
                    enrolledKey(outcome.enrolment().status(), outcome.created()), cohortTitle, outcome.position());
            return outcome;
        });
    }

    public boolean accept(EnrolmentView e) {
        return done(() -> desk.acceptOffer(e.id()), "myCourses.accepted", e);
    }

    public boolean declineOffer(EnrolmentView e) {
        return done(() -> desk.declineOffer(e.id()), "myCourses.offerDeclined", e);
    }

    public boolean cancel(EnrolmentView e) {
        return done(
                () -> desk.cancel(e.id(), null),
                "myCourses.cancelled." + e.status().name(),
                e);
    }

    /** The message after enrolling: what the click ended in; {0} the cohort, {1} the waiting position. */
    static String enrolledKey(EnrolmentStatus status, boolean created) {
        return created ? "enrolPanel.done." + status.name() : "enrolPanel.done.existing";
    }

    public String offerNotice(EnrolmentView e) {
        return messages.text("myCourses.offer", moment(LocalDateTime.ofInstant(e.offerExpiresAt(), AcademyTime.ZONE)));
    }

    /** After the cancellation deadline a member asks the venue; the contact is named when the venue gave one. */
    public String afterDeadline(EnrolmentView e) {
        return e.venueContact() == null || e.venueContact().isBlank()
                ? messages.text("myCourses.afterDeadline.noContact", day(e.cancellationDeadline()), e.venueName())
                : messages.text(
                        "myCourses.afterDeadline", day(e.cancellationDeadline()), e.venueName(), e.venueContact());
    }

    public String cancelQuestion(EnrolmentView e) {
        return messages.text("myCourses.cancel.confirm." + e.status().name(), e.cohortTitle());
    }

    public String day(LocalDate day) {
        return day == null ? "–" : LocalFormats.of(language.current()).date(day);
    }

    public String moment(LocalDateTime moment) {
        return moment == null ? "–" : LocalFormats.of(language.current()).dateTime(moment);
    }

    private boolean done(Runnable action, String key, EnrolmentView e) {
        boolean done = messages.attempt(action, REFUSALS);
        if (done) {
            messages.info(key, e.cohortTitle());
        }
        return done;
    }
}
