package org.committeeacademy.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the application tells people by mail. Each notice has its templates (named after it, in every offered
 * language) and names the values they use; a notice without a subscription concerns the recipient's seat and is
 * always sent.
 */
public enum Notice {
    ENROLMENT_CONFIRMED(null, "cohort", "firstSession", "venue", "link"),
    WAITLISTED(null, "cohort", "position", "link"),
    MOVED_UP(null, "cohort", "firstSession", "venue", "link"),
    OFFERED(null, "cohort", "deadline", "link"),
    DECLINED(null, "cohort", "reason", "link"),
    CANCELLED(null, "cohort", "link"),
    SESSION_MOVED(null, "cohort", "module", "before", "after", "link"),
    SESSION_CANCELLED(null, "cohort", "module", "session", "link"),
    COHORT_CANCELLED(null, "cohort", "link"),
    SESSION_REMINDER(Subscription.SESSION_REMINDERS, "cohort", "module", "start", "place", "link"),
    ABSENCE_WARNING(null, "cohort", "absences", "link"),
    ABSENCE_WARNING_TRAINER(null, "cohort", "member", "absences", "link"),
    WORKSHEET_REVIEWED(Subscription.WORKSHEET_FEEDBACK, "module", "decision", "link"),
    CERTIFICATE_ISSUED(null, "cohort", "code", "link"),
    GOAL_CHECK_IN_DUE(Subscription.GOAL_CHECK_INS, "goal", "months", "link"),
    PROJECT_CHECK_IN_DUE(Subscription.GOAL_CHECK_INS, "project", "months", "link"),
    COHORT_MESSAGE(Subscription.GROUP_MESSAGES, "cohort", "author", "subject", "text", "link"),
    INTEREST_CONFIRM(null, "venue", "link", "unsubscribe"),
    COHORT_OPENED(null, "cohort", "venue", "link", "unsubscribe"),
    INVITATION(null, "link", "days"),
    PASSWORD_RESET(null, "link"),
    ACCOUNT_EXISTS(null, "link"),
    REGISTRATION_APPROVED(null, "link"),
    REGISTRATION_DECLINED(null, "reason", "link"),
    SURVEY_INVITATION(null, "cohort", "survey", "link");

    private final Subscription subscription;
    private final List<String> placeholders;

    Notice(Subscription subscription, String... values) {
        this.subscription = subscription;
        this.placeholders = List.of(values);
    }

    /** Empty for notices about the recipient's seat, which nobody can turn off. */
    public Optional<Subscription> subscription() {
        return Optional.ofNullable(subscription);
    }

    /** The values its templates use besides {@code name}, the recipient's name, which every template gets. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The templates' base name, e.g. {@code session-reminder}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
