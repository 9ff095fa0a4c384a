/**
 * Council information systems: a committee's OParl body, the import of its committee and council meetings and the
 * papers consulted there, the nightly sync, and the meetings and papers members see beside their course and goals.
 */
package org.committeeacademy.council;
