package org.committeeacademy.cohort.domain;

/** How a cohort meets: in a room, online, or some sessions each way. */
public enum CohortFormat {
    IN_PERSON,
    ONLINE,
    BLENDED;

    boolean allowsRoom() {
        return this != ONLINE;
    }

    boolean allowsLink() {
        return this != IN_PERSON;
    }
}
