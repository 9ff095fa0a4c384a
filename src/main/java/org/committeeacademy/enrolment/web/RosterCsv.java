package org.committeeacademy.enrolment.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.RosterView;

/**
 * A cohort's roster as a spreadsheet file, like the staff's cohort list: UTF-8 with a byte order mark and semicolons,
 * so Excel in a German locale shows umlauts and one value per column.
 */
final class RosterCsv {

    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RosterCsv() {}

    /** Everybody on the roster, in the page's order: seated, requests, waiting list, ended. */
    static List<EnrolmentView> rows(RosterView roster) {
        return Stream.of(roster.seated(), roster.requested(), roster.waiting(), roster.ended())
                .flatMap(List::stream)
                .toList();
    }

    /** @param text the page's message lookup, for the header and the status names */
    static byte[] of(List<EnrolmentView> rows, Function<String, String> text) {
        StringBuilder csv = new StringBuilder(BOM);
        line(
                csv,
                Stream.of("roster.name", "roster.email", "roster.status", "roster.position", "roster.since")
                        .map(text)
                        .toList());
        for (EnrolmentView e : rows) {
            line(
                    csv,
                    List.of(
                            e.memberName(),
                            e.memberEmail(),
                            text.apply("enrolmentStatus." + e.status()),
                            e.waitlistPosition() > 0 ? String.valueOf(e.waitlistPosition()) : "",
                            RosterTimes.since(e).format(SINCE)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> values) {
        csv.append(values.stream().map(RosterCsv::quoted).collect(Collectors.joining(";")))
                .append("\r\n");
    }

    /** Quotes every value; a leading =, +, -, @, tab or return is defused so a spreadsheet never runs a name. */
    static String quoted(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
