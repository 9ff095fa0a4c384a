package org.committeeacademy.cohort.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.junit.jupiter.api.Test;

/** A stored schedule change reads as the reader writes days: mails and the cohort page show no ISO date. */
class SessionTextTest {

    private static String in(Language language, String details) {
        return SessionText.readable(details).in(LocalFormats.of(language));
    }

    @Test
    void aMoveReadsBeforeAndAfterInTheReadersFormat() {
        String moved = "2027-03-06 10:00–16:00, B06 → 2027-03-13 09:30–15:00, online";

        assertEquals("06.03.2027, 10:00–16:00, B06 → 13.03.2027, 09:30–15:00, online", in(Language.DE, moved));
        assertEquals("6 Mar 2027, 10:00–16:00, B06 → 13 Mar 2027, 09:30–15:00, online", in(Language.EN, moved));
    }

    @Test
    void whatIsNotADescribedSessionStaysAsItIs() {
        assertEquals("Raum gesperrt", in(Language.DE, "Raum gesperrt"));
        assertEquals(LocalFormats.NONE, in(Language.DE, null));
    }
}
