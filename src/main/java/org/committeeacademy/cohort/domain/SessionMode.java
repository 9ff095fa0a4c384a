package org.committeeacademy.cohort.domain;

/** How a session meets: in a room, in an online room (a link), or both at once (hybrid). */
public enum SessionMode {
    IN_PERSON,
    ONLINE,
    HYBRID;

    static SessionMode of(boolean room, boolean link) {
        if (room && link) {
            return HYBRID;
        }
        return link ? ONLINE : IN_PERSON;
    }
}
