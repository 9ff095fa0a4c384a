package org.committeeacademy.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.committeeacademy.notification.application.MailSettings;

/** Tells the outbox page whether mails are really sent or only kept. */
@Named
@RequestScoped
public class OutboxMode {

    public boolean isDelivers() {
        return MailSettings.current().delivers();
    }
}
