package org.committeeacademy.survey.domain;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.LocalizedText;

/** What the survey needs of a cohort's session that takes place (cancelled ones are left out): module and times. */
public record ScheduledSession(
        long cohortId, String moduleKey, LocalizedText moduleTitle, LocalDateTime start, LocalDateTime end) {}
