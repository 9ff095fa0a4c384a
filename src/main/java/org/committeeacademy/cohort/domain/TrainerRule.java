package org.committeeacademy.cohort.domain;

import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;

/**
 * The one rule "acts as trainer of this cohort": the account holds the TRAINER role now AND is assigned to the cohort
 * (or named on the session). An assignment alone is not enough: taking the role away must take away the trainer's
 * rights at once, although the assignment stays (the sessions it taught took place). Worksheets, materials, progress,
 * certificates, attendance, messages, surveys and calendars all decide with this rule.
 */
public final class TrainerRule {

    private TrainerRule() {}

    /** Whether the account acts as one of the cohort's trainers. */
    public static boolean actsAsTrainer(Cohort cohort, Account account) {
        return account != null
                && account.hasRole(Role.TRAINER)
                && cohort.trainers().stream().anyMatch(t -> t.id().equals(account.id()));
    }

    /** Whether the account teaches the session: holds the role and is named on it or is one of its cohort's trainers. */
    public static boolean teaches(Session session, Account account) {
        return account != null
                && account.hasRole(Role.TRAINER)
                && (session.trainers().stream().anyMatch(t -> t.id().equals(account.id()))
                        || session.cohort().trainers().stream().anyMatch(t -> t.id().equals(account.id())));
    }
}
