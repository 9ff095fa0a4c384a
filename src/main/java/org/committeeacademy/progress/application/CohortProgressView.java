package org.committeeacademy.progress.application;

import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;

/** One member's progress in one cohort. */
public record CohortProgressView(
        long cohortId,
        String cohortTitle,
        LocalizedText seriesTitle,
        long memberId,
        String memberName,
        List<ModuleLine> modules,
        boolean complete) {

    public long completedModules() {
        return modules.stream().filter(m -> m.progress().isComplete()).count();
    }
}
