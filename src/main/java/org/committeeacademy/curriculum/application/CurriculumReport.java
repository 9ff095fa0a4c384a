package org.committeeacademy.curriculum.application;

import java.time.Instant;
import java.util.List;
import org.committeeacademy.curriculum.content.DescriptorProblem;

/** What the last loading of the curriculum did: modules per outcome, and the problems that skipped content. */
public record CurriculumReport(
        Instant loadedAt,
        List<String> added,
        List<String> updated,
        List<String> unchanged,
        List<String> keptLocalTexts,
        List<DescriptorProblem> problems) {}
