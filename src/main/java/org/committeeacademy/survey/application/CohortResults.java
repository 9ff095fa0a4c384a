package org.committeeacademy.survey.application;

import java.util.List;

/** A cohort's survey results, round by round; {@code withTexts} tells whether the caller may read free texts. */
public record CohortResults(long cohortId, String cohortTitle, boolean withTexts, List<RoundResults> rounds) {}
