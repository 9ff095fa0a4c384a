package org.committeeacademy.cohort.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

/** A session's online link is a complete https address (issue 20: http links were accepted). */
class SessionPlanTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 6);
    private static final TimeSlot SLOT = new TimeSlot(DAY.atTime(10, 0), DAY.atTime(12, 0));

    @Test
    void anHttpsLinkIsKept() {
        assertEquals(
                "https://meet.example.org/raum",
                new SessionPlan(new Module("m"), SLOT, null, " https://meet.example.org/raum ", Set.of()).onlineLink());
    }

    @Test
    void plainHttpAndOtherSchemesAreRefused() {
        for (String link :
                new String[] {"http://meet.example.org/raum", "HTTP://meet.example.org/", "javascript:alert(1)"}) {
            ValidationException refused = assertThrows(
                    ValidationException.class, () -> new SessionPlan(new Module("m"), SLOT, null, link, Set.of()));
            assertEquals("onlineLink", refused.violations().get(0).field(), link);
        }
    }
}
