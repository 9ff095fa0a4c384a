package org.committeeacademy.curriculum.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.committeeacademy.curriculum.content.DescriptorProblem;

/**
 * What the last loading of the curriculum did: modules per outcome, the problems that skipped content, and the folder
 * each loaded module came from (by key).
 */
public record CurriculumReport(
        Instant loadedAt,
        List<String> added,
        List<String> updated,
        List<String> unchanged,
        List<String> keptLocalTexts,
        List<DescriptorProblem> problems,
        Map<String, String> moduleFolders) {}
