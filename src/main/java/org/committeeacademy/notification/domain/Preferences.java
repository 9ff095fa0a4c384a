package org.committeeacademy.notification.domain;

import java.util.Set;

/** The optional notifications each person turned off. */
public interface Preferences {

    Set<Subscription> optedOut(long accountId);

    void replace(long accountId, Set<Subscription> optedOut);
}
