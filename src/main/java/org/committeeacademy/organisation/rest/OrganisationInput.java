package org.committeeacademy.organisation.rest;

import org.committeeacademy.organisation.domain.OrganisationDetails;

/** The body of POST /organisations; the domain checks the values (see {@link OrganisationDetails#validate()}). */
public record OrganisationInput(
        String name, String city, String address, String privacyContact, String mailSender, String colour) {

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name, city, address, privacyContact, mailSender, colour);
    }
}
