/**
 * Venues and their rooms, with equipment, accessibility and contacts, as staff keep them; it owns {@code venue} and
 * {@code room}.
 */
package org.committeeacademy.venue;
