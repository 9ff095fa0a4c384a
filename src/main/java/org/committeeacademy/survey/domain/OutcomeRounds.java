package org.committeeacademy.survey.domain;

import java.util.Map;

/**
 * What the outcome figures of a set of cohorts are made of: the responses per round, and per round the answers to
 * the outcome items ({@link SurveyForm#OUTCOME_KEYS}) by score.
 */
public record OutcomeRounds(Map<Round, Integer> responses, Map<Round, Map<String, ScoreTally>> tallies) {}
