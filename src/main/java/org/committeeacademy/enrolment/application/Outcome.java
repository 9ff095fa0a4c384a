package org.committeeacademy.enrolment.application;

import org.committeeacademy.enrolment.domain.Enrolment;

/** What an enrolment request ended in: the enrolment, its waiting position (0 if not waiting), and whether it is new. */
public record Outcome(Enrolment enrolment, int position, boolean created) {}
