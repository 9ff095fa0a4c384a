/**
 * Members' goals taken from their submitted worksheets, with check-ins at 3, 6 and 12 months and sharing among members
 * of one committee; it owns {@code goal}, {@code goal_check_in} and the committee each member named.
 */
package org.committeeacademy.goal;
