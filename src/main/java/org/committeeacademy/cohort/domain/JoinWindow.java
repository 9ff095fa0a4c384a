package org.committeeacademy.cohort.domain;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * When the "Teilnehmen" button of an online or hybrid session shows and works: from {@code before} ahead of its start
 * until its end, in venue time. Before, the room is not open yet; after, the session is over.
 */
public record JoinWindow(Duration before) {

    public JoinWindow {
        if (before == null || before.isNegative()) {
            throw new IllegalArgumentException("the join window opens at or before the start");
        }
    }

    public static JoinWindow minutesBefore(int minutes) {
        return new JoinWindow(Duration.ofMinutes(Math.max(0, minutes)));
    }

    public LocalDateTime opensAt(LocalDateTime start) {
        return start.minus(before);
    }

    public boolean isOpen(LocalDateTime start, LocalDateTime end, LocalDateTime now) {
        return !now.isBefore(opensAt(start)) && now.isBefore(end);
    }

    /** Whether the session's online room may be entered now: it has one, takes place and the window is open. */
    public boolean isOpen(Session session, LocalDateTime now) {
        return session.hasOnlineRoom() && !session.isCalledOff() && isOpen(session.start(), session.end(), now);
    }
}
