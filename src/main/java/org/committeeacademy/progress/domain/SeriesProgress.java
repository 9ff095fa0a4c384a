package org.committeeacademy.progress.domain;

import java.util.List;

/** A member's progress through the modules of their cohort's series. */
public record SeriesProgress(List<ModuleProgress> modules) {

    /** Complete when every required module is (and there is at least one); optional modules do not count. */
    public boolean isComplete() {
        List<ModuleProgress> required =
                modules.stream().filter(ModuleProgress::required).toList();
        return !required.isEmpty() && required.stream().allMatch(ModuleProgress::isComplete);
    }

    public long completedModules() {
        return modules.stream().filter(ModuleProgress::isComplete).count();
    }

    /**
     * The keys of the modules a certificate lists, in series order: every required module, and an optional one only
     * when the member took it (completed it under the rule).
     */
    public List<String> certificateModules() {
        return modules.stream()
                .filter(m -> m.required() || m.isComplete())
                .map(ModuleProgress::moduleKey)
                .toList();
    }
}
