package org.committeeacademy.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.committeeacademy.enrolment.application.EnrolmentDesk;
import org.committeeacademy.enrolment.application.Outcome;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.exchange.domain.ImportLine;
import org.committeeacademy.identity.application.Invitations;
import org.committeeacademy.identity.application.NewInvitation;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.persistence.Contention;

/**
 * Confirms a participant list: the file is checked again (the preview may be old), then each line that changes
 * something goes its own way — a member through the enrolment desk's staff path, one transaction each under the
 * cohort's lock, so seats and the waiting list hold as for any enrolment; a new person through the invitation
 * service. A line that cannot be done any more (enrolled or invited meanwhile) is counted as skipped.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class ParticipantImport {

    /** What confirming did, by the enrolment's real outcome. */
    public record Result(int confirmed, int waitlisted, int invited, int skipped) {}

    @Inject
    ImportPreview preview;

    @Inject
    EnrolmentDesk desk;

    @Inject
    Invitations invitations;

    public Result confirm(long cohortId, byte[] csv) {
        List<ImportLine> lines = preview.preview(cohortId, csv);
        int confirmed = 0;
        int waitlisted = 0;
        int invited = 0;
        int skipped = 0;
        for (ImportLine line : lines) {
            if (!line.action().changesSomething()) {
                continue;
            }
            if (line.action() == ImportLine.Action.INVITE) {
                if (invite(line)) {
                    invited++;
                } else {
                    skipped++;
                }
                continue;
            }
            long memberId = line.accountId();
            Outcome outcome = Contention.retry(() -> desk.enrolMember(cohortId, memberId));
            if (!outcome.created()) {
                skipped++;
            } else if (outcome.enrolment().status() == EnrolmentStatus.WAITLISTED) {
                waitlisted++;
            } else {
                confirmed++;
            }
        }
        return new Result(confirmed, waitlisted, invited, skipped);
    }

    private boolean invite(ImportLine line) {
        try {
            invitations.invite(new NewInvitation(line.name(), line.email(), line.language(), Role.MEMBER, null));
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }
}
