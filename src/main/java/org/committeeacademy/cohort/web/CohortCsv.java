package org.committeeacademy.cohort.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.web.Spreadsheet;

/**
 * The staff's cohort list as a spreadsheet file: UTF-8 with a byte order mark and semicolons, which is what Excel in a
 * German locale opens with umlauts intact and one value per column.
 */
final class CohortCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private CohortCsv() {}

    /** @param text the page's message lookup, for the header and the status names */
    static byte[] of(List<CohortOverview> cohorts, Language language, Function<String, String> text) {
        Spreadsheet csv = new Spreadsheet();
        csv.row(Stream.of(
                        "cohort.title",
                        "cohorts.series",
                        "cohort.venue",
                        "cohorts.firstSession",
                        "cohorts.lastSession",
                        "cohort.status",
                        "cohorts.confirmed",
                        "cohorts.capacity",
                        "cohort.waitlist")
                .map(text)
                .toList());
        for (CohortOverview c : cohorts) {
            csv.row(List.of(
                    c.title(),
                    c.seriesTitle().in(language),
                    c.venueName(),
                    day(c.firstSession()),
                    day(c.lastSession()),
                    text.apply("cohort.status." + c.status()),
                    String.valueOf(c.confirmed()),
                    String.valueOf(c.capacity()),
                    String.valueOf(c.waitlisted())));
        }
        return csv.bytes();
    }

    private static String day(LocalDateTime time) {
        return time == null ? "" : time.format(DAY);
    }
}
