package org.committeeacademy.venue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.venue.application.VenueAdministration;
import org.committeeacademy.venue.domain.Venue;

/** The venues page (staff/venues.xhtml): every venue with its address, rooms in use and accessibility. */
@Named
@RequestScoped
public class VenueList {

    @Inject
    VenueAdministration venues;

    private List<Venue> all;

    public List<Venue> getVenues() {
        if (all == null) {
            all = venues.all();
        }
        return all;
    }
}
