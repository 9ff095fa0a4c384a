/**
 * The committees members sit on (Integrationsrat, Integrationsausschuss, Ausschuss für Chancengerechtigkeit und
 * Integration) with their municipality and its official code, and each member's membership, requested by the member
 * or confirmed by staff or an invitation; it owns {@code committee} and {@code committee_membership}.
 */
package org.committeeacademy.committee;
