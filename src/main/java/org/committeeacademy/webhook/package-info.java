/**
 * Webhooks: https endpoints that staff (for their organisation) or admins (for the installation) register, the
 * signed deliveries of enrolment, session, attendance and certificate events to them from an outbox, with retries.
 */
package org.committeeacademy.webhook;
