package org.committeeacademy.organisation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/** What the admin fills in about an organisation: who it is, where, whom to ask about data, how its mails and pages look. */
public record OrganisationDetails(
        String name, String city, String address, String privacyContact, String mailSender, String colour) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
        List<Violation> problems = new ArrayList<>();
        required(problems, "name", name, 200);
        required(problems, "city", city, 100);
        tooLong(problems, "address", address, 300);
        tooLong(problems, "privacyContact", privacyContact, 300);
        if (mailSender != null
                && (mailSender.length() > 254 || !EMAIL.matcher(mailSender).matches())) {
            problems.add(new Violation("mailSender", "organisation.mailSender.format"));
        }
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            problems.add(new Violation("colour", "organisation.colour.format"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return this;
    }

    private static void required(List<Violation> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(new Violation(field, "validation.required"));
        } else {
            tooLong(problems, field, value, max);
        }
    }

    private static void tooLong(List<Violation> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Violation(field, "validation.tooLong"));
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
