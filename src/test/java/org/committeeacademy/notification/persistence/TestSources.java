package org.committeeacademy.notification.persistence;

import jakarta.persistence.EntityManager;
import org.committeeacademy.notification.domain.NotificationSources;

/** The JPA sources on a test database's entity manager, for tests in other packages. */
public final class TestSources {

    private TestSources() {}

    public static NotificationSources on(EntityManager em) {
        JpaNotificationSources sources = new JpaNotificationSources();
        sources.em = em;
        return sources;
    }
}
