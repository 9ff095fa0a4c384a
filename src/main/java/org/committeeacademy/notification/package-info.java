/**
 * Everything the application tells people by mail: the outbox written in the transaction of the change, templates in
 * German and English, the SMTP sender, reminders, messages to a cohort and each person's mail preferences; it owns
 * {@code outbox_message}, {@code outbox_attachment}, {@code cohort_message}, {@code cohort_message_recipient}, {@code
 * notification_opt_out}, {@code reminder_sent} and {@code goal_reminder_sent}.
 */
package org.committeeacademy.notification;
