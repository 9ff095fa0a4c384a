package org.committeeacademy.venue.web;

import java.io.Serializable;
import org.committeeacademy.organisation.domain.Organisation;

/** An organisation an admin may put a new venue in, as the venue editor offers it. */
public record OrganisationChoice(long id, String label) implements Serializable {

    static OrganisationChoice of(Organisation o) {
        return new OrganisationChoice(o.id(), o.name() + " (" + o.city() + ")");
    }
}
