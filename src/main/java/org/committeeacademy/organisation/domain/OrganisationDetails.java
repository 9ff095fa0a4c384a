package org.committeeacademy.organisation.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.committeeacademy.shared.domain.FieldChecks;

/** What the admin fills in about an organisation: who it is, where, whom to ask about data, how its mails and pages look. */
public record OrganisationDetails(
        String name, String city, String address, String privacyContact, String mailSender, String colour) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    public OrganisationDetails {
        name = trim(name);
        city = trim(city);
        address = blankToNull(address);
        privacyContact = blankToNull(privacyContact);
        mailSender = blankToNull(mailSender);
        colour = colour == null || colour.isBlank() ? null : colour.strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses missing, oversized or malformed values, naming every field at once. */
    public OrganisationDetails validate() {
        new FieldChecks()
                .required("name", name, 200)
                .required("city", city, 100)
                .optional("address", address, 300)
                .optional("privacyContact", privacyContact, 300)
                .email("mailSender", mailSender, "organisation.mailSender.format")
                .refuseIf(colour != null && !COLOUR.matcher(colour).matches(), "colour", "organisation.colour.format")
                .done();
        return this;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
