package org.committeeacademy.enrolment.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.RosterView;
import org.committeeacademy.shared.web.Spreadsheet;

/**
 * A cohort's roster as a spreadsheet file, like the staff's cohort list: UTF-8 with a byte order mark and semicolons,
 * so Excel in a German locale shows umlauts and one value per column.
 */
final class RosterCsv {

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
        Spreadsheet csv = new Spreadsheet();
        csv.row(Stream.of("roster.name", "roster.email", "roster.status", "roster.position", "roster.since")
                .map(text)
                .toList());
        for (EnrolmentView e : rows) {
            csv.row(List.of(
                    e.memberName(),
                    e.memberEmail(),
                    text.apply("enrolmentStatus." + e.status()),
                    e.waitlistPosition() > 0 ? String.valueOf(e.waitlistPosition()) : "",
                    RosterTimes.since(e).format(SINCE)));
        }
        return csv.bytes();
    }
}
