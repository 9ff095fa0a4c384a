package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.attendance.application.AbsenceWarningDue;
import org.committeeacademy.certificate.application.CertificateIssued;
import org.committeeacademy.certificate.application.CertificatePdf;
import org.committeeacademy.certificate.application.CertificateProvider;
import org.committeeacademy.certificate.domain.CertificateRepository;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.notification.domain.Attachment;
import org.committeeacademy.notification.domain.MailLinks;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.progress.application.ProgressBook;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.i18n.MessageKey;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.worksheet.domain.WorksheetReviewed;

/**
 * Mails other features ask for through their events, written to the outbox in the transaction of the change: a
 * reviewed worksheet, an absence warning (to the member and the cohort's trainers), an issued certificate (with its
 * PDF). Goal check-ins are sent by {@link CheckInReminders}.
 */
@ApplicationScoped
public class FeatureMails {

    @Inject
    CertificateProvider provider;

    @Inject
    Notifications notifications;

    @Inject
    SeriesRepository curriculum;

    @Inject
    Messages messages;

    @Inject
    CohortRepository cohorts;

    @Inject
    AccountRepository accounts;

    @Inject
    CertificateRepository certificates;

    @Inject
    ProgressBook progress;

    void absenceWarning(@Observes AbsenceWarningDue event) {
        Optional<Cohort> cohort = cohorts.find(event.cohortId());
        Optional<Account> member = accounts.find(event.memberId());
        if (cohort.isEmpty() || member.isEmpty()) {
            return;
        }
        About about = About.cohort(event.cohortId());
        notifications.send(
                event.memberId(),
                Notice.ABSENCE_WARNING,
                Map.of("cohort", cohort.get().title(), "absences", event.absences()),
                about);
        for (long trainer : event.trainerIds()) {
            notifications.send(
                    trainer,
                    Notice.ABSENCE_WARNING_TRAINER,
                    Map.of(
                            "cohort",
                            cohort.get().title(),
                            "member",
                            member.get().name(),
                            "absences",
                            event.absences()),
                    about);
        }
    }

    void certificateIssued(@Observes CertificateIssued event) {
        certificates.find(event.certificateId()).ifPresent(c -> {
            Recipient member = Recipient.of(c.member());
            String base = PublicAddress.withoutRequest();
            byte[] pdf = CertificatePdf.of(
                    c,
                    progress.evaluate(c.cohort(), c.member().id()),
                    base,
                    provider.of(c),
                    key -> messages.text(member.language(), key));
            notifications.send(
                    member,
                    Notice.CERTIFICATE_ISSUED,
                    Map.of(
                            "cohort",
                            c.cohort().title(),
                            "code",
                            c.code(),
                            "link",
                            MailLinks.link(
                                            base,
                                            Notice.CERTIFICATE_ISSUED,
                                            c.cohort().id())
                                    .orElseThrow()),
                    About.NOTHING,
                    new Attachment("teilnahmebescheinigung.pdf", "application/pdf", pdf));
        });
    }

    void worksheetReviewed(@Observes WorksheetReviewed event) {
        Object module =
                curriculum.findModule(event.moduleKey()).map(Module::title).orElse(null);
        MessageKey decision =
                new MessageKey("worksheetStatus." + event.decision().name());
        notifications.send(
                event.memberId(),
                Notice.WORKSHEET_REVIEWED,
                Map.of(
                        "module",
                        module == null ? event.moduleKey() : module,
                        "decision",
                        decision,
                        "link",
                        MailLinks.worksheet(PublicAddress.withoutRequest(), event.worksheetId())),
                About.cohort(event.cohortId()));
    }
}
