package org.committeeacademy.enrolment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.RosterView;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.i18n.LocalFormats;

/** A cohort's roster as a table to download (CSV or Excel), like the staff's cohort list. */
final class RosterSheet {

    private RosterSheet() {}

    /** Everybody on the roster, in the page's order: seated, requests, waiting list, ended. */
    static List<EnrolmentView> rows(RosterView roster) {
        return Stream.of(roster.seated(), roster.requested(), roster.waiting(), roster.ended())
                .flatMap(List::stream)
                .toList();
    }

    /**
     * @param name the file's name without extension
     * @param language the reader's, for the "since" column's day and time
     * @param text the page's message lookup, for the header and the status names
     */
    static Sheet of(String name, List<EnrolmentView> rows, Language language, Function<String, String> text) {
        LocalFormats formats = LocalFormats.of(language);
        List<String> header = Stream.of(
                        "roster.name", "roster.email", "roster.status", "roster.position", "roster.since")
                .map(text)
                .toList();
        List<List<Object>> lines = new ArrayList<>();
        for (EnrolmentView e : rows) {
            lines.add(Arrays.asList(
                    e.memberName(),
                    e.memberEmail(),
                    text.apply("enrolmentStatus." + e.status()),
                    e.waitlistPosition() > 0 ? e.waitlistPosition() : null,
                    formats.dateTime(RosterTimes.since(e))));
        }
        return new Sheet(name, header, lines);
    }
}
