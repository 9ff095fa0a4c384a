package org.committeeacademy.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.committeeacademy.enrolment.application.EnrolmentDesk;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.enrolment.application.EnrolmentTurns;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.Outcome;
import org.committeeacademy.enrolment.application.RosterView;
import org.committeeacademy.identity.application.AccountService;
import org.committeeacademy.shared.web.PageMessages;

/**
 * Staff's actions on the roster page: enrol someone, approve or decline a request, cancel a place, move a person to
 * another cohort (the rule for freed seats is {@link RosterMoveUp}). The application refuses them to trainers as well.
 */
@Named
@ViewScoped
public class RosterActions implements Serializable {

    /** A choice in a list: a member to enrol (with their e-mail, as names repeat), or a cohort to move someone to. */
    public record Choice(long id, String name, String detail) implements Serializable {

        public String label() {
            return detail == null ? name : name + " – " + detail;
        }
    }

    @Inject
    RosterPage page;

    @Inject
    EnrolmentTurns turns;

    @Inject
    EnrolmentDesk desk;

    @Inject
    EnrolmentQueries queries;

    @Inject
    AccountService accounts;

    @Inject
    PageMessages messages;

    private Long memberId;
    private List<Choice> members;
    private long selectedId;
    private String selectedName;
    private String reason;
    private String note;
    private Long targetCohortId;
    private List<Choice> targets = List.of();

    public void enrol() {
        String name = members.stream()
                .filter(m -> memberId != null && m.id() == memberId)
                .map(Choice::name)
                .findFirst()
                .orElse("");
        page.run(
                () -> {
                    Outcome outcome = turns.enrolMember(page.getId(), memberId == null ? 0 : memberId);
                    reportEnrolment(outcome, name);
                    memberId = null;
                    members = null;
                },
                null,
                "enrolForm:");
    }

    private void reportEnrolment(Outcome outcome, String name) {
        if (!outcome.created()) {
            messages.info("roster.enrolled.existing", name);
        } else if (outcome.position() > 0) {
            messages.info("roster.enrolled.waiting", name, outcome.position());
        } else {
            messages.info(
                    "roster.enrolled",
                    name,
                    messages.text("enrolmentStatus." + outcome.enrolment().status()));
        }
    }

    public void approve(EnrolmentView row) {
        page.run(() -> desk.approve(row.id()), "roster.approved", null, row.memberName());
    }

    /** Remembers whom the dialog (decline, cancel or move) is about. */
    public void select(EnrolmentView row) {
        selectedId = row.id();
        selectedName = row.memberName();
        reason = null;
        note = null;
        targetCohortId = null;
        targets = List.of();
    }

    public void selectForMove(EnrolmentView row) {
        select(row);
        page.run(
                () -> targets = queries.moveTargets(row.id()).stream()
                        .map(c -> new Choice(c.id(), c.title(), null))
                        .toList(),
                null,
                null);
    }

    public void decline() {
        page.run(() -> desk.decline(selectedId, reason), "roster.declined", "declineForm:", selectedName);
    }

    public void cancel() {
        page.run(() -> desk.cancel(selectedId, note), "roster.cancelled", "cancelForm:", selectedName);
    }

    public void move() {
        String target = targets.stream()
                .filter(t -> targetCohortId != null && t.id() == targetCohortId)
                .map(Choice::name)
                .findFirst()
                .orElse("");
        // no choice counts as this same cohort, which the desk refuses beside the field: "choose another cohort"
        page.run(
                () -> desk.move(selectedId, targetCohortId == null ? page.getId() : targetCohortId),
                "roster.moved",
                "moveForm:",
                selectedName,
                target);
    }

    /** Members not already in the roster, loaded when the form is first shown. */
    public List<Choice> getMembers() {
        if (members == null) {
            RosterView roster = page.getRoster();
            Set<Long> present = Stream.of(roster.seated(), roster.requested(), roster.waiting())
                    .flatMap(List::stream)
                    .map(EnrolmentView::memberId)
                    .collect(Collectors.toSet());
            members = accounts.members().stream()
                    .filter(a -> !present.contains(a.id()))
                    .map(a -> new Choice(a.id(), a.name(), a.email()))
                    .toList();
        }
        return members;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getTargetCohortId() {
        return targetCohortId;
    }

    public void setTargetCohortId(Long targetCohortId) {
        this.targetCohortId = targetCohortId;
    }

    public List<Choice> getTargets() {
        return targets;
    }
}
