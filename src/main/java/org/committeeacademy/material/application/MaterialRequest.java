package org.committeeacademy.material.application;

import java.time.Instant;
import org.committeeacademy.material.domain.Visibility;

/** A material as the form or API describes it; ids and codes still to be resolved against the cohort. */
public record MaterialRequest(
        String title,
        String description,
        String language,
        String moduleKey,
        Long sessionId,
        Visibility visibility,
        Instant visibleFrom) {}
