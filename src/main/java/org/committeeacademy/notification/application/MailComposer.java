package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.calendar.application.Invitations;
import org.committeeacademy.notification.domain.Attachment;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.Notice;

/**
 * The one place where a notice becomes a mail for one recipient. Attachments belong here too: an iCalendar
 * invitation for ENROLMENT_CONFIRMED and MOVED_UP, an update or cancellation for SESSION_MOVED, SESSION_CANCELLED
 * and COHORT_CANCELLED, built from {@link About} and added with {@link Mail#withAttachment}.
 */
@ApplicationScoped
public class MailComposer {

    static final String ICS = "text/calendar; charset=UTF-8";

    private final MailTemplates templates = new MailTemplates();

    @Inject
    Invitations invitations;

    public Mail compose(Notice notice, Recipient recipient, Map<String, String> values, About about) {
        Map<String, String> all = new HashMap<>(values);
        all.put("name", recipient.name());
        Mail mail = templates.render(notice, recipient.language(), all);
        return calendar(notice, recipient, about)
                .map(ics -> mail.withAttachment(new Attachment(
                        "termine.ics", ICS + "; method=" + method(ics), ics.getBytes(StandardCharsets.UTF_8))))
                .orElse(mail);
    }

    /** Invitations for a seat, updates for a moved session, cancellations for whatever no longer takes place. */
    private Optional<String> calendar(Notice notice, Recipient r, About about) {
        if (about == null || about.cohortId() == null || invitations == null) {
            return Optional.empty();
        }
        long cohort = about.cohortId();
        return switch (notice) {
            case ENROLMENT_CONFIRMED, MOVED_UP -> invitations.request(cohort, null, r.email(), r.name(), r.language());
            case SESSION_MOVED ->
                about.sessionId() == null
                        ? Optional.empty()
                        : invitations.request(cohort, about.sessionId(), r.email(), r.name(), r.language());
            case SESSION_CANCELLED ->
                about.sessionId() == null
                        ? Optional.empty()
                        : invitations.cancel(cohort, about.sessionId(), r.email(), r.name(), r.language());
            case COHORT_CANCELLED, CANCELLED -> invitations.cancel(cohort, null, r.email(), r.name(), r.language());
            default -> Optional.empty();
        };
    }

    private static String method(String ics) {
        return ics.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
    }
}
