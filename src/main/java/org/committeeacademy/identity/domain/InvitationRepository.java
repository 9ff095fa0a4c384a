package org.committeeacademy.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Invitations and pending self-registrations: the two ways to an account that staff look after. */
public interface InvitationRepository {

    Invitation add(Invitation invitation);

    Optional<Invitation> find(long id);

    List<Invitation> all();

    /** Rows first.. (at most size) of the invitations of one organisation (null: of all), newest first. */
    List<Invitation> page(Long organisationId, int first, int size);

    /** How many invitations one organisation (null: all of them) has. */
    long count(Long organisationId);

    /** Open (not accepted) invitations to the address. */
    List<Invitation> openTo(String normalizedEmail);

    void remove(Invitation invitation);

    Registration add(Registration registration);

    Optional<Registration> findRegistration(long id);

    Optional<Registration> registrationOf(String normalizedEmail);

    List<Registration> registrations();

    void remove(Registration registration);

    /** Invitations and registrations to or from the address (for an export). */
    List<Invitation> invitationsTo(String normalizedEmail);

    /** Erasure: the invitations and registration of the address, and the person as inviter or ambassador. */
    void forget(String normalizedEmail, long accountId);

    /** Invitations whose link expired before the instant (accepted or not). */
    int deleteInvitationsExpiredBefore(Instant instant);

    /** Registrations nobody decided on since the instant. */
    int deleteRegistrationsBefore(Instant instant);
}
