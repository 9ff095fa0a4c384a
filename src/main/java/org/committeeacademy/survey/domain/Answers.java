package org.committeeacademy.survey.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * What one person answered in one round: a score 1–5 per scale item and a text per free-text question. Every item
 * may be skipped; answers to items the round does not ask are refused, as are scores outside 1–5.
 */
public record Answers(Map<String, Integer> scores, Map<String, String> texts) {

    public static final int MAX_TEXT = 2000;

    public Answers {
        scores = scores == null ? Map.of() : Map.copyOf(withoutNulls(scores));
        texts = texts == null ? Map.of() : Map.copyOf(withoutBlanks(texts));
    }

    public Answers checkedAgainst(List<SurveyItem> asked) {
        List<ValidationException.Violation> violations = new ArrayList<>();
        scores.forEach((key, score) -> {
            boolean scale =
                    asked.stream().anyMatch(i -> i.key().equals(key) && i.kind().isScale());
            if (!scale) {
                violations.add(new ValidationException.Violation(key, "survey.answer.unknownItem"));
            } else if (score < 1 || score > 5) {
                violations.add(new ValidationException.Violation(key, "survey.answer.scale"));
            }
        });
        texts.forEach((key, text) -> {
            boolean free = asked.stream().anyMatch(i -> i.key().equals(key) && i.kind() == ItemKind.FREE_TEXT);
            if (!free) {
                violations.add(new ValidationException.Violation(key, "survey.answer.unknownItem"));
            } else if (text.length() > MAX_TEXT) {
                violations.add(new ValidationException.Violation(key, "survey.answer.textTooLong"));
            }
        });
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return this;
    }

    private static <V> Map<String, V> withoutNulls(Map<String, V> map) {
        Map<String, V> kept = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static Map<String, String> withoutBlanks(Map<String, String> map) {
        Map<String, String> kept = new LinkedHashMap<>();
        withoutNulls(map).forEach((k, v) -> {
            if (!v.isBlank()) {
                kept.put(k, v.strip());
            }
        });
        return kept;
    }
}
