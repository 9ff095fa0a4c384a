package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.web.Messages;
import org.committeeacademy.worksheet.domain.WorksheetReviewed;

/**
 * Mails other features ask for through their events, written to the outbox in the transaction of the change: a
 * reviewed worksheet. (Goal check-ins are sent by {@link CheckInReminders}.)
 */
@ApplicationScoped
public class FeatureMails {

    @Inject
    Notifications notifications;

    @Inject
    SeriesRepository curriculum;

    @Inject
    Messages messages;

    void worksheetReviewed(@Observes WorksheetReviewed event) {
        Object module =
                curriculum.findModule(event.moduleKey()).map(Module::title).orElse(null);
        LocalizedText decision = new LocalizedText(
                messages.text(Language.DE, "worksheetStatus." + event.decision().name()),
                messages.text(Language.EN, "worksheetStatus." + event.decision().name()));
        notifications.send(
                event.memberId(),
                Notice.WORKSHEET_REVIEWED,
                Map.of("module", module == null ? event.moduleKey() : module, "decision", decision),
                About.cohort(event.cohortId()));
    }
}
