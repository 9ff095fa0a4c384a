package org.committeeacademy.webhook.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook can announce, with its name on the wire (the {@code type} of a delivery, X-Academy-Event). */
public enum WebhookEventType {
    ENROLMENT_CREATED("enrolment.created"),
    ENROLMENT_CONFIRMED("enrolment.confirmed"),
    ENROLMENT_MOVED("enrolment.moved"),
    ENROLMENT_CANCELLED("enrolment.cancelled"),
    SESSION_MOVED("session.moved"),
    SESSION_CANCELLED("session.cancelled"),
    ATTENDANCE_RECORDED("attendance.recorded"),
    CERTIFICATE_ISSUED("certificate.issued"),
    /** Sent only by "send test event", to the one endpoint; never subscribed to. */
    TEST("webhook.test");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values())
                .filter(t -> t != TEST && t.wireName.equals(name))
                .findFirst();
    }

    /** The events an endpoint may subscribe to. */
    public static java.util.List<WebhookEventType> subscribable() {
        return Arrays.stream(values()).filter(t -> t != TEST).toList();
    }
}
