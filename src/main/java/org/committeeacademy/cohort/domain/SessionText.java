package org.committeeacademy.cohort.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.i18n.LocalText;

/**
 * A schedule change's stored details ("2026-12-05 10:00–16:00, B06 → 2026-12-12 10:00–16:00, B06", written by
 * {@link Session#describe()}) as the reader writes days and times, for the cohort page and the mails about it.
 * Details stored before, or in another shape, are shown as they are.
 */
public final class SessionText {

    private static final Pattern DESCRIBED =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})–(\\d{2}:\\d{2})(.*)", Pattern.DOTALL);
    private static final String ARROW = " → ";

    private SessionText() {}

    /** Every described session in the details (one, or "before → after"), in the reader's formats. */
    public static LocalText readable(String details) {
        if (details == null) {
            return formats -> LocalFormats.NONE;
        }
        List<String> parts = Arrays.asList(details.split(ARROW, -1));
        return formats ->
                String.join(ARROW, parts.stream().map(p -> one(p, formats)).toList());
    }

    private static String one(String described, LocalFormats formats) {
        Matcher m = DESCRIBED.matcher(described);
        if (!m.matches()) {
            return described;
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1));
            return formats.dateTime(day.atTime(LocalTime.parse(m.group(2)))) + "–"
                    + formats.time(LocalTime.parse(m.group(3))) + m.group(4);
        } catch (DateTimeParseException e) {
            return described;
        }
    }
}
