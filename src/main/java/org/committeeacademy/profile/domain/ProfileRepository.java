package org.committeeacademy.profile.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface ProfileRepository {

    Optional<Profile> find(long accountId);

    Profile add(Profile profile);

    List<Consent> consents(long accountId);

    void addConsent(Consent consent);

    void remove(Profile profile);

    void removeConsents(long accountId);

    /** The accessibility needs of the people holding a seat in the cohort, by account id. */
    Map<Long, String> needsOfSeated(long cohortId);

    /** The profiles of the people holding a seat in the cohort who offer something, with their names. */
    List<Offer> offersOfSeated(long cohortId);

    boolean teaches(long accountId, long cohortId);

    boolean holdsSeat(long accountId, long cohortId);

    /** A seated person's name and what they offer. */
    record Offer(long accountId, String name, Profile profile) {}
}
