/**
 * The audit log of who did what and when (logins and failed logins, refused access, role changes, exports and
 * erasures, and the enrolment and attendance histories read through a view); it owns the table {@code audit_entry} and
 * the view {@code audit_trail}.
 */
package org.committeeacademy.audit;
