/**
 * Certificates of participation, issued when a member completes a series or by staff, revoked with a reason, printed
 * as PDF with a QR code and verified publicly, and the progress pages that show them; it owns {@code certificate}.
 */
package org.committeeacademy.certificate;
