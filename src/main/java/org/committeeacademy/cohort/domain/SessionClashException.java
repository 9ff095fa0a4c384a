package org.committeeacademy.cohort.domain;

import org.committeeacademy.shared.domain.ConflictException;

/** A room or a trainer is already booked at that time; the message names the clashing cohort and session. */
public class SessionClashException extends ConflictException {

    private final transient Clash clash;

    SessionClashException(Clash clash) {
        super(
                clash.isRoom() ? "session.clash.room" : "session.clash.trainer",
                clash.existing().cohort().title(),
                clash.existing().module().key(),
                clash.existing().described(),
                clash.isRoom()
                        ? clash.existing().room().name()
                        : clash.trainer().name());
        this.clash = clash;
    }

    public Clash clash() {
        return clash;
    }
}
