package org.committeeacademy.survey.rest;

import java.util.Map;

/** Answers by item key: {@code scores} 1–5 for scale items, {@code texts} for free-text questions; all optional. */
public record AnswersDto(Map<String, Integer> scores, Map<String, String> texts) {}
