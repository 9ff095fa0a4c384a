package org.committeeacademy.identity.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An ambassador and the people who came through them, for staff. */
public record AmbassadorOverview(long accountId, String name, String email, Instant since, List<Person> people)
        implements Serializable {

    public record Person(String name, String email, Instant joinedAt) implements Serializable {}

    public int count() {
        return people.size();
    }
}
