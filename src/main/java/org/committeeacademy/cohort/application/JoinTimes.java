package org.committeeacademy.cohort.application;

import java.time.LocalDateTime;
import org.committeeacademy.cohort.domain.JoinWindow;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.AcademyTime;

/**
 * The configured join window (ACADEMY_JOIN_OPENS_MINUTES), the venue's time and the address of our join page, for
 * the "Teilnehmen" button, the calendars and the reminders: they all lead through our server, never to the room itself.
 */
public final class JoinTimes {

    private JoinTimes() {}

    public static JoinWindow window() {
        return JoinWindow.minutesBefore(AcademySettings.current().joinOpensMinutes());
    }

    /** The join page's path below the application's base address. */
    public static String joinPath(long sessionId) {
        return "/account/join.xhtml?session=" + sessionId;
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(AcademyTime.ZONE);
    }
}
