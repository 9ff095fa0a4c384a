/**
 * Local projects ("Baustellen") of a committee, often made from the project canvas of module 4: participants with
 * roles, status, short updates and check-ins at 3, 6 and 12 months after the start; it owns {@code project},
 * {@code project_participant}, {@code project_update} and {@code project_check_in}.
 */
package org.committeeacademy.project;
