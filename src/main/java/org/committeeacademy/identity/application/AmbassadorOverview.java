package org.committeeacademy.identity.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An ambassador and the people who came through them, for staff. */
public record AmbassadorOverview(long accountId, String name, String email, Instant since, List<Person> people)
        implements Serializable {

    /** Someone who came through the ambassador; {@code project} the title of the local project they joined, or null. */
    public record Person(String name, String email, Instant joinedAt, String project) implements Serializable {}

    public int count() {
        return people.size();
    }
}
