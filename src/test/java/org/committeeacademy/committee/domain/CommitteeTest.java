package org.committeeacademy.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class CommitteeTest {

    @Test
    void aNewCommitteeKeepsItsNameMunicipalityAndCode() {
        Committee c = new Committee(
                " Ausschuss für Chancengerechtigkeit und Integration Bonn ",
                "Bonn",
                "05314000",
                CommitteeKind.AUSSCHUSS_CHANCENGERECHTIGKEIT);
        assertEquals("Ausschuss für Chancengerechtigkeit und Integration Bonn", c.name());
        assertEquals("Bonn", c.municipality());
        assertEquals("05314000", c.ags());
        assertEquals(CommitteeKind.AUSSCHUSS_CHANCENGERECHTIGKEIT, c.kind());
    }

    @Test
    void withoutAKindItIsAnIntegrationCouncil() {
        assertEquals(
                CommitteeKind.INTEGRATIONSRAT, new Committee("Integrationsrat Köln", "Köln", "05315000", null).kind());
    }

    @Test
    void everyMissingOrWrongFieldIsNamedAtOnce() {
        ValidationException refused =
                assertThrows(ValidationException.class, () -> new Committee(" ", null, "5314000", null));
        assertEquals(
                Set.of("name", "municipality", "ags"),
                refused.violations().stream()
                        .map(ValidationException.Violation::field)
                        .collect(Collectors.toSet()));
        assertEquals("committee.ags.invalid", refused.violations().get(2).messageKey());
    }

    @Test
    void namesDifferingInCaseAndOuterSpacesAreTheSameCommittee() {
        assertEquals(Committee.keyOf("Integrationsrat Bonn"), Committee.keyOf(" INTEGRATIONSRAT BONN"));
    }
}
