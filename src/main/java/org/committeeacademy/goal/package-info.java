/**
 * Members' goals taken from their submitted worksheets, with check-ins at 3, 6 and 12 months and sharing among the
 * confirmed members of one committee (the committee feature's); it owns {@code goal} and {@code goal_check_in}.
 */
package org.committeeacademy.goal;
