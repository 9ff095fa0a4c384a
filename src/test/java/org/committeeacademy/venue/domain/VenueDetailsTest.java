package org.committeeacademy.venue.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.junit.jupiter.api.Test;

class VenueDetailsTest {

    private static VenueDetails details(String name, String street, String postalCode, String email) {
        return new VenueDetails(name, street, postalCode, "Bonn", null, email, null, null, null, null);
    }

    @Test
    void aVenueWithNameAndStreetIsEnough() {
        VenueDetails details =
                details(" VHS Bonn ", "Mülheimer Platz 1", "", null).validate();

        assertEquals("VHS Bonn", details.name());
        assertFalse(details.accessibility().stepFreeAccess(), "no accessibility given means none promised");
    }

    @Test
    void blankOptionalFieldsAreStoredAsNothing() {
        VenueDetails details = new VenueDetails("VHS", "Weg 1", "", "", "  ", " ", "", "", "  ", null);

        assertNull(details.contactName());
        assertNull(details.contactEmail());
        assertNull(details.publicTransport());
    }

    @Test
    void everyRefusedFieldIsNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> details("", " ", "5311", "no-address")
                .validate());

        assertEquals(
                List.of(
                        new Violation("name", "validation.required"),
                        new Violation("street", "validation.required"),
                        new Violation("postalCode", "venue.postalCode.format"),
                        new Violation("contactEmail", "venue.contactEmail.format")),
                e.violations());
    }

    @Test
    void overlongNotesAreRefused() {
        VenueDetails details = new VenueDetails(
                "VHS",
                "Weg 1",
                "",
                "",
                null,
                null,
                null,
                null,
                null,
                new Accessibility(true, false, false, "x".repeat(1001)));

        ValidationException e = assertThrows(ValidationException.class, details::validate);

        assertEquals(List.of(new Violation("accessibilityNotes", "validation.tooLong")), e.violations());
    }

    @Test
    void oneLineAddressesAreSplitIntoStreetPostalCodeAndCity() {
        assertArrayEquals(
                new String[] {"Mülheimer Platz 1", "53111", "Bonn"},
                VenueDetails.splitAddress("Mülheimer Platz 1, 53111 Bonn"));
        assertArrayEquals(new String[] {"Am Markt 3", "", ""}, VenueDetails.splitAddress(" Am Markt 3 "));
    }
}
