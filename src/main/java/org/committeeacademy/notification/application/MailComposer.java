package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.Notice;

/**
 * The one place where a notice becomes a mail for one recipient. Attachments belong here too: an iCalendar
 * invitation for ENROLMENT_CONFIRMED and MOVED_UP, an update or cancellation for SESSION_MOVED, SESSION_CANCELLED
 * and COHORT_CANCELLED, built from {@link About} and added with {@link Mail#withAttachment}.
 */
@ApplicationScoped
public class MailComposer {

    private final MailTemplates templates = new MailTemplates();

    public Mail compose(Notice notice, Recipient recipient, Map<String, String> values, About about) {
        Map<String, String> all = new HashMap<>(values);
        all.put("name", recipient.name());
        return templates.render(notice, recipient.language(), all);
    }
}
