/**
 * Anonymous feedback surveys before the course, after each module and at the six-month follow-up, with forms per
 * series, invitations and results shown only for five answers or more; it owns {@code survey_item}, {@code
 * survey_response}, {@code survey_answer}, {@code survey_tally}, {@code survey_round_count}, {@code survey_participation} and {@code
 * survey_invitation_sent}.
 */
package org.committeeacademy.survey;
