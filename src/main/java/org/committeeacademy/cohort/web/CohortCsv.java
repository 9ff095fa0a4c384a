package org.committeeacademy.cohort.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.shared.domain.Language;

/**
 * The staff's cohort list as a spreadsheet file: UTF-8 with a byte order mark and semicolons, which is what Excel in a
 * German locale opens with umlauts intact and one value per column.
 */
final class CohortCsv {

    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private CohortCsv() {}

    /** @param text the page's message lookup, for the header and the status names */
    static byte[] of(List<CohortOverview> cohorts, Language language, Function<String, String> text) {
        StringBuilder csv = new StringBuilder(BOM);
        line(
                csv,
                Stream.of(
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
            line(
                    csv,
                    List.of(
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
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> values) {
        csv.append(values.stream().map(CohortCsv::quoted).collect(Collectors.joining(";")))
                .append("\r\n");
    }

    /** Quotes every value; a leading =, +, - or @ is defused so a spreadsheet never runs a title as a formula. */
    static String quoted(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static String day(LocalDateTime time) {
        return time == null ? "" : time.format(DAY);
    }
}
