/**
 * Attendance in the room: the trainers' marks and corrections, the members' apologies and the absence warnings; it
 * owns {@code attendance}, {@code attendance_change} and {@code absence_warning}.
 */
package org.committeeacademy.attendance;
