package org.committeeacademy.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.committeeacademy.enrolment.domain.ChangeCause;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.junit.jupiter.api.Test;

class EnrolmentNoticesTest {

    @Test
    void eachChangeAMemberMustHearOfHasItsMail() {
        assertEquals(notice(Notice.ENROLMENT_CONFIRMED), of(EnrolmentStatus.CONFIRMED, ChangeCause.ENROLLED));
        assertEquals(notice(Notice.ENROLMENT_CONFIRMED), of(EnrolmentStatus.CONFIRMED, ChangeCause.APPROVED));
        assertEquals(notice(Notice.ENROLMENT_CONFIRMED), of(EnrolmentStatus.CONFIRMED, ChangeCause.MOVED_IN));
        assertEquals(notice(Notice.MOVED_UP), of(EnrolmentStatus.CONFIRMED, ChangeCause.MOVED_UP));
        assertEquals(notice(Notice.WAITLISTED), of(EnrolmentStatus.WAITLISTED, ChangeCause.ENROLLED));
        assertEquals(notice(Notice.OFFERED), of(EnrolmentStatus.OFFERED, ChangeCause.OFFERED));
        assertEquals(notice(Notice.DECLINED), of(EnrolmentStatus.DECLINED, ChangeCause.DECLINED));
        assertEquals(notice(Notice.CANCELLED), of(EnrolmentStatus.CANCELLED, ChangeCause.CANCELLED_BY_STAFF));
        assertEquals(notice(Notice.CANCELLED), of(EnrolmentStatus.CANCELLED, ChangeCause.OFFER_EXPIRED));
    }

    @Test
    void aMoveIsToldOnceByTheNewPlaceAndRequestsAndCompletionGetNoMail() {
        assertEquals(Optional.empty(), of(EnrolmentStatus.CANCELLED, ChangeCause.MOVED_OUT));
        assertEquals(Optional.empty(), of(EnrolmentStatus.REQUESTED, ChangeCause.ENROLLED));
        assertEquals(Optional.empty(), of(EnrolmentStatus.COMPLETED, ChangeCause.COMPLETED));
    }

    private static Optional<Notice> of(EnrolmentStatus to, ChangeCause cause) {
        return EnrolmentNotices.forChange(to, cause);
    }

    private static Optional<Notice> notice(Notice notice) {
        return Optional.of(notice);
    }
}
