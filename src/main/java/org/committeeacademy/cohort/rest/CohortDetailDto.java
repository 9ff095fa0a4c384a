package org.committeeacademy.cohort.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.cohort.application.CohortDetail;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.Versioned;

/** One cohort with its venue, trainers, sessions and seat counts ({@code GET /cohorts/{id}}); version is its ETag. */
public record CohortDetailDto(
        long id,
        String title,
        long seriesId,
        String series,
        String status,
        String format,
        String language,
        BigDecimal fee,
        int capacity,
        long confirmed,
        long waitlisted,
        long freeSeats,
        LocalDate enrolmentOpens,
        LocalDate enrolmentCloses,
        LocalDate cancellationDeadline,
        boolean approvalRequired,
        boolean openForEnrolment,
        VenueDto venue,
        List<CohortDetail.Person> trainers,
        List<SessionDto> sessions,
        long version)
        implements Versioned {

    public record VenueDto(
            long id,
            String name,
            String address,
            String publicTransport,
            boolean stepFreeAccess,
            boolean accessibleToilet,
            boolean hearingLoop,
            String accessibilityNotes) {}

    static CohortDetailDto of(CohortDetail c, Language language) {
        CohortDetail.VenueInfo v = c.venue();
        return new CohortDetailDto(
                c.id(),
                c.title(),
                c.seriesId(),
                c.seriesTitle().in(language),
                c.status().name(),
                c.format().name(),
                c.language().code(),
                c.fee(),
                c.capacity(),
                c.confirmed(),
                c.waitlisted(),
                c.freeSeats(),
                c.enrolmentOpens(),
                c.enrolmentCloses(),
                c.cancellationDeadline(),
                c.approvalRequired(),
                c.openForEnrolment(),
                new VenueDto(
                        v.id(),
                        v.name(),
                        v.address(),
                        v.publicTransport(),
                        v.stepFreeAccess(),
                        v.accessibleToilet(),
                        v.hearingLoop(),
                        v.accessibilityNotes()),
                c.trainers(),
                c.sessions().stream().map(s -> SessionDto.of(c.id(), s)).toList(),
                c.version());
    }
}
