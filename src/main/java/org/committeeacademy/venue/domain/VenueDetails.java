package org.committeeacademy.venue.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.shared.domain.FieldChecks;

/** What staff fill in about a venue: where it is, whom to call, how to get there, and what it offers. */
public record VenueDetails(
        String name,
        String street,
        String postalCode,
        String city,
        String contactName,
        String contactEmail,
        String contactPhone,
        String openingNotes,
        String publicTransport,
        Accessibility accessibility) {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern ONE_LINE_ADDRESS = Pattern.compile("^(.+?),\\s*(\\d{5})\\s+(.+)$");

    public VenueDetails {
        name = trim(name);
        street = trim(street);
        postalCode = trim(postalCode);
        city = trim(city);
        contactName = blankToNull(contactName);
        contactEmail = blankToNull(contactEmail);
        contactPhone = blankToNull(contactPhone);
        openingNotes = blankToNull(openingNotes);
        publicTransport = blankToNull(publicTransport);
        accessibility = accessibility == null ? new Accessibility(false, false, false, null) : accessibility;
    }

    /** Street, postal code and city from one line such as "Mülheimer Platz 1, 53111 Bonn"; else all in street. */
    public static String[] splitAddress(String address) {
        Matcher m = ONE_LINE_ADDRESS.matcher(trim(address));
        return m.matches() ? new String[] {m.group(1), m.group(2), m.group(3)} : new String[] {trim(address), "", ""};
    }

    /** Refuses missing or oversized values, naming every field at once. */
    public VenueDetails validate() {
        new FieldChecks()
                .required("name", name, 200)
                .required("street", street, 200)
                .optional("city", city, 100)
                .refuseIf(
                        !postalCode.isEmpty()
                                && !POSTAL_CODE.matcher(postalCode).matches(),
                        "postalCode",
                        "venue.postalCode.format")
                .optional("contactName", contactName, 200)
                .optional("contactPhone", contactPhone, 50)
                .email("contactEmail", contactEmail, "venue.contactEmail.format")
                .optional("openingNotes", openingNotes, 1000)
                .optional("publicTransport", publicTransport, 1000)
                .optional("accessibilityNotes", accessibility.notes(), 1000)
                .done();
        return this;
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
