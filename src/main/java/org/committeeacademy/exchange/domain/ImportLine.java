package org.committeeacademy.exchange.domain;

import java.io.Serializable;
import org.committeeacademy.shared.domain.Language;

/**
 * One line of an uploaded participant list and what confirming it will do; with an error, the message key of why and
 * the column it is about (null where it is about no one column: a quote never closed). The account is the one to enrol (null for an invitation or an error).
 */
public record ImportLine(
        int number,
        String name,
        String email,
        Language language,
        Long accountId,
        Action action,
        String problem,
        String column)
        implements Serializable {

    public enum Action {
        /** Enrolled with a seat. */
        CONFIRM,
        /** Enrolled on the waiting list: no seat is free. */
        WAITLIST,
        /** No account yet: invited as a member; enrolled by importing the file again once they have joined. */
        INVITE,
        ALREADY_ENROLLED,
        /** Invited before and not joined yet: nothing to do. */
        ALREADY_INVITED,
        ERROR;

        public boolean changesSomething() {
            return this == CONFIRM || this == WAITLIST || this == INVITE;
        }
    }

    public boolean isError() {
        return action == Action.ERROR;
    }

    /** The action's message key, e.g. exchange.import.action.CONFIRM. */
    public String actionKey() {
        return "exchange.import.action." + action.name();
    }
}
