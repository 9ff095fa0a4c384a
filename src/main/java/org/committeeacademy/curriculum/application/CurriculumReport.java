package org.committeeacademy.curriculum.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.committeeacademy.curriculum.content.DescriptorProblem;
import org.committeeacademy.curriculum.content.TranslationGap;

/**
 * What the last loading of the curriculum did: modules per outcome, the problems that skipped content, the folder
 * each loaded module came from (by key), and the texts of loaded descriptors that lack a Turkish, Arabic or Ukrainian
 * version.
 */
public record CurriculumReport(
        Instant loadedAt,
        List<String> added,
        List<String> updated,
        List<String> unchanged,
        List<String> keptLocalTexts,
        List<DescriptorProblem> problems,
        Map<String, String> moduleFolders,
        List<TranslationGap> translationGaps) {

    /** The gaps of one language (tr, ar or uk), in file order. */
    public List<TranslationGap> gapsIn(String language) {
        return translationGaps.stream()
                .filter(g -> g.language().equals(language))
                .toList();
    }
}
