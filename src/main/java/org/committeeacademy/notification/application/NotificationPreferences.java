package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.notification.domain.Preferences;
import org.committeeacademy.notification.domain.Subscription;

/** Which optional notifications the caller receives; everything is on until they turn it off. */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    @Inject
    Preferences preferences;

    @Inject
    CurrentUser currentUser;

    public Set<Subscription> received() {
        Set<Subscription> on = EnumSet.allOf(Subscription.class);
        on.removeAll(preferences.optedOut(currentUser.require().id()));
        return on;
    }

    public void receiveOnly(Set<Subscription> wanted) {
        Set<Subscription> off = EnumSet.allOf(Subscription.class);
        off.removeAll(wanted);
        preferences.replace(currentUser.require().id(), off);
    }
}
