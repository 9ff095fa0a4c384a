package org.committeeacademy.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static OrganisationDetails details(String name, String city, String mailSender, String colour) {
        return new OrganisationDetails(name, city, "Mülheimer Platz 1, 53111 Bonn", null, mailSender, colour);
    }

    private static List<String> refusedFields(OrganisationDetails details) {
        return assertThrows(ValidationException.class, details::validate).violations().stream()
                .map(Violation::field)
                .toList();
    }

    @Test
    void keepsWhatTheAdminTypedTrimmedAndTheColourInLowerCase() {
        Organisation vhs = new Organisation(details("  VHS Bonn ", " Bonn", "kurse@vhs-bonn.example", "#0B5394"));

        assertEquals("VHS Bonn", vhs.name());
        assertEquals("Bonn", vhs.city());
        assertEquals("#0b5394", vhs.colour());
        assertTrue(vhs.isActive(), "a new organisation is active");
    }

    @Test
    void blankOptionalValuesAreNone() {
        Organisation vhs = new Organisation(new OrganisationDetails("VHS Köln", "Köln", " ", "", null, " "));

        assertNull(vhs.address());
        assertNull(vhs.privacyContact());
        assertNull(vhs.mailSender());
        assertNull(vhs.colour());
    }

    @Test
    void refusesEveryMissingOrMalformedFieldAtOnce() {
        assertEquals(
                List.of("name", "city", "mailSender", "colour"),
                refusedFields(details(" ", null, "kein-absender", "blau")));
    }

    @Test
    void aColourIsAHashAndSixHexDigits() {
        assertEquals(List.of("colour"), refusedFields(details("VHS", "Bonn", null, "#12345")));
        assertEquals(List.of("colour"), refusedFields(details("VHS", "Bonn", null, "0b5394")));
        assertEquals(List.of("colour"), refusedFields(details("VHS", "Bonn", null, "#0b539g")));
        details("VHS", "Bonn", null, "#A61C3C").validate();
    }

    @Test
    void refusesOversizedNames() {
        assertEquals(List.of("name"), refusedFields(details("x".repeat(201), "Bonn", null, null)));
    }

    @Test
    void anEditThatBreaksARuleChangesNothing() {
        Organisation vhs = new Organisation(details("VHS Bonn", "Bonn", null, null));

        assertThrows(ValidationException.class, () -> vhs.edit(details("VHS Bonn", "Bonn", null, "rot")));

        assertNull(vhs.colour());
    }

    @Test
    void isDeactivatedAndReactivatedNeverDeleted() {
        Organisation vhs = new Organisation(details("VHS Bonn", "Bonn", null, null));

        vhs.deactivate();
        assertFalse(vhs.isActive());
        vhs.reactivate();
        assertTrue(vhs.isActive());
    }
}
