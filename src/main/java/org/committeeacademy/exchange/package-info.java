/**
 * The VHS administration's exchange format: cohorts with their sessions, teaching units, fees and participants as
 * CSV and XLSX for a course administration (Kufer and similar), and the import of participants from such a file
 * through the invitation list's parser and the normal enrolment path; it owns no table.
 */
package org.committeeacademy.exchange;
