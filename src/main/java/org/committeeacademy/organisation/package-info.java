/**
 * Organisations (a VHS or another provider) that run cohorts on one installation: name, place, privacy contact, mail
 * sender and colour, created and deactivated by the admin; it owns {@code organisation}.
 */
package org.committeeacademy.organisation;
