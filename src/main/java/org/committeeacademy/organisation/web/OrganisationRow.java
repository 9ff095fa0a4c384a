package org.committeeacademy.organisation.web;

import java.io.Serializable;
import org.committeeacademy.organisation.domain.Organisation;

/** An organisation as the admin's list shows it. */
public record OrganisationRow(long id, String name, String city, String mailSender, String colour, boolean active)
        implements Serializable {

    static OrganisationRow of(Organisation o) {
        return new OrganisationRow(o.id(), o.name(), o.city(), o.mailSender(), o.colour(), o.isActive());
    }
}
