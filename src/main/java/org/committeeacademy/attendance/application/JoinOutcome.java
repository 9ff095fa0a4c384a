package org.committeeacademy.attendance.application;

import java.time.LocalDateTime;

/**
 * What pressing "Teilnehmen" leads to: the online room's address, or why not yet or no more. {@code opensAt} is the
 * venue time the room opens; {@code link} is set only when the caller may go in now.
 */
public record JoinOutcome(State state, String link, LocalDateTime opensAt, LocalDateTime end) {

    public enum State {
        OPEN,
        NOT_YET,
        OVER
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public boolean isNotYet() {
        return state == State.NOT_YET;
    }

    public boolean isOver() {
        return state == State.OVER;
    }
}
