package org.committeeacademy.venue.rest;

import org.committeeacademy.venue.domain.VenueDetails;
import org.committeeacademy.venue.rest.VenueDto.AccessibilityDto;

/**
 * The body of POST and PUT /venues. The address may come as one line ("Mülheimer Platz 1, 53111 Bonn") instead of
 * street, postal code and city. {@code organisationId} counts for admins creating a venue; staff create venues in
 * their own organisation, and editing keeps a venue's organisation. The domain checks the values (see {@link VenueDetails#validate()}).
 */
public record VenueInput(
        String name,
        String address,
        String street,
        String postalCode,
        String city,
        String contactName,
        String contactEmail,
        String contactPhone,
        String openingNotes,
        String publicTransport,
        AccessibilityDto accessibility,
        Long organisationId) {

    VenueDetails toDetails() {
        boolean oneLine = (street == null || street.isBlank()) && address != null && !address.isBlank();
        String[] parts = oneLine ? VenueDetails.splitAddress(address) : new String[] {street, postalCode, city};
        return new VenueDetails(
                name,
                parts[0],
                parts[1],
                parts[2],
                contactName,
                contactEmail,
                contactPhone,
                openingNotes,
                publicTransport,
                accessibility == null ? null : accessibility.toAccessibility());
    }
}
