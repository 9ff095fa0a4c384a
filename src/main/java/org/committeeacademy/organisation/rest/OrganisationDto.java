package org.committeeacademy.organisation.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import org.committeeacademy.organisation.domain.Organisation;

/** An organisation as the admin sees it after creating it. */
@JsonbNillable
public record OrganisationDto(
        long id,
        String name,
        String city,
        String address,
        String privacyContact,
        String mailSender,
        String colour,
        boolean active,
        boolean hasLogo) {

    static OrganisationDto of(Organisation o) {
        return new OrganisationDto(
                o.id(),
                o.name(),
                o.city(),
                o.address(),
                o.privacyContact(),
                o.mailSender(),
                o.colour(),
                o.isActive(),
                o.hasLogo());
    }
}
