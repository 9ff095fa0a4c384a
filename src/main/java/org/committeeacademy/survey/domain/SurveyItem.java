package org.committeeacademy.survey.domain;

import java.util.Objects;
import org.committeeacademy.shared.domain.LocalizedText;

/** One question of a series' survey; the key stays when staff change the wording, so answers stay comparable. */
public record SurveyItem(String key, ItemKind kind, LocalizedText label) {

    public SurveyItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    public SurveyItem relabelled(LocalizedText newLabel) {
        return new SurveyItem(key, kind, newLabel);
    }
}
