package org.committeeacademy.profile.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface InterestRepository {

    InterestEntry add(InterestEntry entry);

    Optional<InterestEntry> byToken(String token);

    Optional<InterestEntry> find(long venueId, String email);

    List<InterestEntry> atVenue(long venueId);

    List<InterestEntry> withEmail(String email);

    void remove(InterestEntry entry);

    /** The entries already told about the cohort. */
    Set<Long> toldAbout(long cohortId);

    void recordTold(long entryId, long cohortId, Instant now);

    /** Cohorts open for enrolment today at a venue where someone confirmed their interest. */
    List<Long> openCohortsWithInterest();

    List<InterestEntry> all();
}
