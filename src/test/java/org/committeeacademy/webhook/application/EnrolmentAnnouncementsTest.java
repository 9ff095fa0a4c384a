package org.committeeacademy.webhook.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.enrolment.domain.ChangeCause;
import org.committeeacademy.enrolment.domain.EnrolmentChangeFeed.Fact;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.webhook.domain.WebhookEventType;
import org.junit.jupiter.api.Test;

class EnrolmentAnnouncementsTest {

    private static Optional<WebhookEventType> type(ChangeCause cause, EnrolmentStatus from, EnrolmentStatus to) {
        return EnrolmentAnnouncements.type(new Fact(1, 2, 3, 4L, 5, cause, from, to, Instant.EPOCH));
    }

    @Test
    void eachRecordedChangeBecomesTheEventItIs() {
        assertEquals(
                Optional.of(WebhookEventType.ENROLMENT_CREATED),
                type(ChangeCause.ENROLLED, null, EnrolmentStatus.WAITLISTED));
        assertEquals(
                Optional.of(WebhookEventType.ENROLMENT_CREATED),
                type(ChangeCause.ENROLLED_BY_STAFF, null, EnrolmentStatus.CONFIRMED));
        assertEquals(
                Optional.of(WebhookEventType.ENROLMENT_CONFIRMED),
                type(ChangeCause.MOVED_UP, EnrolmentStatus.WAITLISTED, EnrolmentStatus.CONFIRMED));
        assertEquals(
                Optional.of(WebhookEventType.ENROLMENT_CONFIRMED),
                type(ChangeCause.APPROVED, EnrolmentStatus.REQUESTED, EnrolmentStatus.CONFIRMED));
        assertEquals(
                Optional.of(WebhookEventType.ENROLMENT_MOVED),
                type(ChangeCause.MOVED_OUT, EnrolmentStatus.CONFIRMED, EnrolmentStatus.CANCELLED));
        assertEquals(
                Optional.of(WebhookEventType.ENROLMENT_CANCELLED),
                type(ChangeCause.CANCELLED_BY_MEMBER, EnrolmentStatus.CONFIRMED, EnrolmentStatus.CANCELLED));
        assertEquals(
                Optional.of(WebhookEventType.ENROLMENT_CANCELLED),
                type(ChangeCause.DECLINED, EnrolmentStatus.REQUESTED, EnrolmentStatus.DECLINED));
        assertEquals(Optional.empty(), type(ChangeCause.OFFERED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED));
    }

    @Test
    void backOffSecondsFromTheSettingOrNothingWhenUnreadable() {
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(60)), WebhookSettings.seconds("2, 60"));
        assertEquals(List.of(), WebhookSettings.seconds("soon"));
    }
}
