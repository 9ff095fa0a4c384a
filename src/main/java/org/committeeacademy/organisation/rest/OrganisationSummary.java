package org.committeeacademy.organisation.rest;

import org.committeeacademy.organisation.domain.Organisation;

/** An organisation in the public list: enough to filter cohorts by provider and place. */
public record OrganisationSummary(long id, String name, String city) {

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.id(), o.name(), o.city());
    }
}
