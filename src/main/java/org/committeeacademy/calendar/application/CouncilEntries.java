package org.committeeacademy.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.calendar.domain.CalendarEntry;
import org.committeeacademy.council.application.CouncilCalendar;
import org.committeeacademy.council.application.MeetingView;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.i18n.Messages;

/**
 * The council's and the committee's meetings (OParl) in a member's personal feed, marked as council dates: the
 * category "Ratsinformationssystem" and a prefix such as "Rat:" or "Gremium:", with the motion deadline where one is
 * set. A meeting without an end is shown as two hours long.
 */
@ApplicationScoped
public class CouncilEntries {

    static final String CATEGORY = "COUNCIL";
    private static final Duration UNKNOWN_LENGTH = Duration.ofHours(2);

    @Inject
    CouncilCalendar council;

    @Inject
    Messages messages;

    public List<CalendarEntry> of(long accountId, Instant from, Language language) {
        return council.meetingsOfAccount(accountId, from).stream()
                .filter(m -> m.start() != null)
                .map(m -> entry(m, language))
                .toList();
    }

    private CalendarEntry entry(MeetingView m, Language language) {
        Instant start = m.start().toInstant();
        Instant end = m.end() == null || !m.end().toInstant().isAfter(start)
                ? start.plus(UNKNOWN_LENGTH)
                : m.end().toInstant();
        String summary = messages.text(language, "council.organ." + m.organ()) + ": " + m.name();
        if (m.cancelled()) {
            summary = messages.text(language, "calendar.cancelledPrefix") + " " + summary;
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.text(language, "council.calendar.source"));
        if (m.motionDeadline() != null) {
            lines.add(messages.text(
                    language,
                    "council.calendar.deadline",
                    LocalFormats.of(language).date(m.motionDeadline())));
        }
        return new CalendarEntry(
                "council-meeting-" + m.id() + "@committee-academy",
                m.cancelled() ? 1 : 0,
                start,
                end,
                summary,
                m.location(),
                String.join("\n", lines),
                null,
                m.cancelled(),
                List.of(CATEGORY, messages.text(language, "council.calendar.category")));
    }
}
