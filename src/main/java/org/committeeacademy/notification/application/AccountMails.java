package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.committeeacademy.identity.application.AccountMailDue;
import org.committeeacademy.notification.domain.Notice;

/** Mails about a person's access that identity asks for: invitations, reset links, registration answers. */
@ApplicationScoped
public class AccountMails {

    @Inject
    Notifications notifications;

    void due(@Observes AccountMailDue mail) {
        notifications.send(
                new Recipient(mail.accountId(), mail.email(), mail.name(), mail.language()),
                notice(mail.kind()),
                mail.values(),
                About.NOTHING);
    }

    private static Notice notice(AccountMailDue.Kind kind) {
        return switch (kind) {
            case INVITATION -> Notice.INVITATION;
            case PASSWORD_RESET -> Notice.PASSWORD_RESET;
            case ACCOUNT_EXISTS -> Notice.ACCOUNT_EXISTS;
            case REGISTRATION_APPROVED -> Notice.REGISTRATION_APPROVED;
            case REGISTRATION_DECLINED -> Notice.REGISTRATION_DECLINED;
        };
    }
}
