package org.committeeacademy.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.council.application.CouncilCalendar;
import org.committeeacademy.council.application.MeetingView;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;

/**
 * "Nächste Sitzungen" of the member's committee and council beside the course dates (member home page, "Mein
 * Kalender"): shown only when the member's confirmed committee names a council information system.
 */
@Named
@RequestScoped
public class CouncilDates {

    static final int SHOWN = 6;

    @Inject
    CouncilCalendar calendar;

    @Inject
    LanguagePreference language;

    private Optional<List<MeetingView>> next;

    public boolean isAvailable() {
        return next().isPresent();
    }

    public List<MeetingView> getNext() {
        return next().orElse(List.of());
    }

    public String when(OffsetDateTime start) {
        return start == null ? "" : LocalFormats.of(language.current()).longDateTime(start);
    }

    public String day(LocalDate day) {
        return day == null ? "" : LocalFormats.of(language.current()).date(day);
    }

    private Optional<List<MeetingView>> next() {
        if (next == null) {
            next = calendar.myNext(SHOWN);
        }
        return next;
    }
}
