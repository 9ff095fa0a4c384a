package org.committeeacademy.survey.rest;

import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.survey.application.OpenSurvey;

/** An open survey of the caller; {@code closes} in venue time (Europe/Berlin), {@code module} after a module. */
public record OpenSurveyDto(
        String roundId, long cohortId, String cohortTitle, String phase, String module, String closes) {

    static OpenSurveyDto of(OpenSurvey s, Language language) {
        return new OpenSurveyDto(
                s.roundId(),
                s.cohortId(),
                s.cohortTitle(),
                s.phase().name(),
                s.moduleTitle() == null ? null : s.moduleTitle().in(language),
                s.closes().toString());
    }
}
