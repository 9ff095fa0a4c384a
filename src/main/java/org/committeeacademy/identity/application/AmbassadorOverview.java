package org.committeeacademy.identity.application;

import java.time.Instant;
import java.util.List;

/** An ambassador and the people who came through them, for staff. */
public record AmbassadorOverview(long accountId, String name, String email, Instant since, List<Person> people) {

    public record Person(String name, String email, Instant joinedAt) {}

    public int count() {
        return people.size();
    }
}
