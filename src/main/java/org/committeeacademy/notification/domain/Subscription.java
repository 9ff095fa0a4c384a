package org.committeeacademy.notification.domain;

/** Kinds of optional notifications a person may turn off. Notices about their seat have none and always go out. */
public enum Subscription {
    SESSION_REMINDERS,
    GROUP_MESSAGES,
    WORKSHEET_FEEDBACK,
    GOAL_CHECK_INS
}
