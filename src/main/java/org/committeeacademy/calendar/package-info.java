/**
 * Sessions as iCalendar: invitations, updates and cancellations attached to mails, a cohort's calendar and each
 * person's subscription feed; it owns {@code calendar_feed}.
 */
package org.committeeacademy.calendar;
