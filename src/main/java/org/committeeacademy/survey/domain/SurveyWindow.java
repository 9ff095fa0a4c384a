package org.committeeacademy.survey.domain;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.LocalizedText;

/** A round and when it takes answers: from {@code opens} (inclusive) until {@code closes} (exclusive). */
public record SurveyWindow(Round round, LocalizedText moduleTitle, LocalDateTime opens, LocalDateTime closes) {

    public boolean isOpenAt(LocalDateTime now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }
}
