package org.committeeacademy.cohort.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.i18n.LocalFormats;

/** The staff's cohort list as a table to download (CSV or Excel), in the list's order. */
final class CohortSheet {

    private CohortSheet() {}

    /** @param text the page's message lookup, for the header and the status names */
    static Sheet of(List<CohortOverview> cohorts, Language language, Function<String, String> text) {
        List<String> header = Stream.of(
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
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (CohortOverview c : cohorts) {
            rows.add(List.of(
                    c.title(),
                    c.seriesTitle().in(language),
                    c.venueName(),
                    day(c.firstSession(), language),
                    day(c.lastSession(), language),
                    text.apply("cohort.status." + c.status()),
                    c.confirmed(),
                    c.capacity(),
                    c.waitlisted()));
        }
        return new Sheet(text.apply("cohorts.fileName"), header, rows);
    }

    private static String day(LocalDateTime time, Language language) {
        return time == null ? "" : LocalFormats.of(language).date(time);
    }
}
