package org.committeeacademy.survey.application;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.LocalizedText;

/** A survey the caller may answer now; {@code moduleTitle} only after a module, {@code closes} in venue time. */
public record OpenSurvey(
        String roundId,
        long cohortId,
        String cohortTitle,
        SurveyPhase phase,
        LocalizedText moduleTitle,
        LocalDateTime closes) {}
