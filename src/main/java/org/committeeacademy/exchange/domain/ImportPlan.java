package org.committeeacademy.exchange.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.committeeacademy.exchange.domain.ImportLine.Action;
import org.committeeacademy.identity.domain.InvitationCsv;

/**
 * Decides what each line of a participant list will do in a cohort. The lines come from the invitation list's parser
 * ({@link InvitationCsv}), which checks name, e-mail, language and duplicates; the plan adds the cohort's view:
 * enrolled already, a member to enrol (with a seat while the preview counts free ones and nobody waits, else on the
 * waiting list), someone to invite. Confirming enrols through the normal enrolment path, which has the last word on
 * seats.
 */
public final class ImportPlan {

    /** What the academy knows about an address; accountId null when there is no account. */
    public record Standing(Long accountId, boolean member, boolean enrolled, boolean invitationOpen) {

        public static final Standing NOBODY = new Standing(null, false, false, false);
    }

    public static final String NOT_A_MEMBER = "exchange.import.notMember";

    private static final Map<String, String> COLUMN_OF_PROBLEM = Map.of(
            "account.name.invalid",
            "Name",
            "account.email.invalid",
            "E-Mail",
            "invitations.csv.language",
            "Sprache",
            "invitations.csv.duplicate",
            "E-Mail",
            NOT_A_MEMBER,
            "E-Mail");

    private ImportPlan() {}

    public static List<ImportLine> plan(
            List<InvitationCsv.Line> lines, Function<String, Standing> standing, int freeSeats, boolean othersWaiting) {
        List<ImportLine> plan = new ArrayList<>();
        int free = freeSeats;
        boolean waiting = othersWaiting;
        for (InvitationCsv.Line line : lines) {
            if (!line.isSendable()) {
                plan.add(error(line, line.problem()));
                continue;
            }
            Standing known = standing.apply(line.email());
            Action action;
            if (known.accountId() == null) {
                action = known.invitationOpen() ? Action.ALREADY_INVITED : Action.INVITE;
            } else if (known.enrolled()) {
                action = Action.ALREADY_ENROLLED;
            } else if (!known.member()) {
                plan.add(error(line, NOT_A_MEMBER));
                continue;
            } else if (!waiting && free > 0) {
                action = Action.CONFIRM;
                free--;
            } else {
                action = Action.WAITLIST;
                waiting = true;
            }
            plan.add(new ImportLine(
                    line.number(), line.name(), line.email(), line.language(), known.accountId(), action, null, null));
        }
        return plan;
    }

    private static ImportLine error(InvitationCsv.Line line, String problem) {
        return new ImportLine(
                line.number(),
                line.name(),
                line.email(),
                line.language(),
                null,
                Action.ERROR,
                problem,
                problem.equals(InvitationCsv.UNCLOSED_QUOTE)
                        ? null
                        : COLUMN_OF_PROBLEM.getOrDefault(problem, "E-Mail"));
    }
}
