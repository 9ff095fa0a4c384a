package org.committeeacademy.enrolment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;

/**
 * An enrolment as the member, the cohort's trainers and staff see it. {@code history} is empty in the views made for
 * the member's own pages ({@link EnrolmentQueries#myCourses()}, {@link EnrolmentQueries#mineIn(long)}), which show
 * none; the API and the roster get it whole.
 */
public record EnrolmentView(
        long id,
        long cohortId,
        String cohortTitle,
        String venueName,
        String venueContact,
        LocalDateTime firstSession,
        LocalDate cancellationDeadline,
        long memberId,
        String memberName,
        String memberEmail,
        EnrolmentStatus status,
        int waitlistPosition,
        Instant offerExpiresAt,
        Instant createdAt,
        String decisionNote,
        boolean memberMayCancel,
        List<HistoryLine> history,
        CohortStatus cohortStatus) {

    public boolean isWaiting() {
        return status == EnrolmentStatus.WAITLISTED;
    }

    public boolean isOffered() {
        return status == EnrolmentStatus.OFFERED;
    }

    public boolean isRequested() {
        return status == EnrolmentStatus.REQUESTED;
    }

    public boolean isActive() {
        return status.isActive();
    }

    /** The course itself was called off: the place no longer means a seat in a course that takes place. */
    public boolean isCohortCancelled() {
        return cohortStatus == CohortStatus.CANCELLED;
    }
}
