package org.committeeacademy.venue.domain;

import java.util.List;
import java.util.Optional;

public interface VenueRepository {

    List<Venue> all();

    List<Venue> ofOrganisation(long organisationId);

    Optional<Venue> find(long id);

    /** Locks the venue's row until the transaction ends, so two bookings of its rooms happen one after the other. */
    Optional<Venue> findForBooking(long id);

    Venue add(Venue venue);
}
