package org.committeeacademy.cohort.rest;

import java.time.OffsetDateTime;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.shared.domain.AcademyTime;

/** A cohort in a list, with its seat counts. */
public record CohortDto(
        long id,
        String title,
        String venue,
        String city,
        Long organisationId,
        String status,
        int capacity,
        long confirmed,
        long waitlisted,
        OffsetDateTime firstSession,
        OffsetDateTime lastSession) {

    static CohortDto of(CohortOverview c) {
        return new CohortDto(
                c.id(),
                c.title(),
                c.venueName(),
                c.city(),
                c.organisationId(),
                c.status().name(),
                c.capacity(),
                c.confirmed(),
                c.waitlisted(),
                c.firstSession() == null
                        ? null
                        : c.firstSession().atZone(AcademyTime.ZONE).toOffsetDateTime(),
                c.lastSession() == null
                        ? null
                        : c.lastSession().atZone(AcademyTime.ZONE).toOffsetDateTime());
    }
}
