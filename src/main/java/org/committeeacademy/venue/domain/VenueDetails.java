package org.committeeacademy.venue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;

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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
        List<Violation> problems = new ArrayList<>();
        required(problems, "name", name, 200);
        required(problems, "street", street, 200);
        optional(problems, "city", city, 100);
        if (!postalCode.isEmpty() && !POSTAL_CODE.matcher(postalCode).matches()) {
            problems.add(new Violation("postalCode", "venue.postalCode.format"));
        }
        optional(problems, "contactName", contactName, 200);
        optional(problems, "contactPhone", contactPhone, 50);
        if (contactEmail != null
                && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
            problems.add(new Violation("contactEmail", "venue.contactEmail.format"));
        }
        optional(problems, "openingNotes", openingNotes, 1000);
        optional(problems, "publicTransport", publicTransport, 1000);
        optional(problems, "accessibilityNotes", accessibility.notes(), 1000);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return this;
    }

    private static void required(List<Violation> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(new Violation(field, "validation.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<Violation> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Violation(field, "validation.tooLong"));
        }
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
