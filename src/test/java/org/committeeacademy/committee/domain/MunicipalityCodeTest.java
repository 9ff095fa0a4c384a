package org.committeeacademy.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MunicipalityCodeTest {

    @Test
    void eightDigitsOfAStateAreACode() {
        assertEquals(Optional.of("05314000"), MunicipalityCode.parse("05314000"), "Bonn");
        assertEquals(Optional.of("16055000"), MunicipalityCode.parse("16055000"), "Erfurt, the last state");
        assertEquals(Optional.of("05382056"), MunicipalityCode.parse("05 382 056"), "spaces as printed are dropped");
    }

    @Test
    void anythingElseIsRefused() {
        for (String wrong :
                new String[] {null, "", "0531400", "053140001", "O5314000", "05314-00", "00314000", "17314000"}) {
            assertTrue(MunicipalityCode.parse(wrong).isEmpty(), String.valueOf(wrong));
        }
    }
}
