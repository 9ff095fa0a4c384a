package org.committeeacademy.progress.domain;

import java.util.List;

/** A member's progress through the modules of their cohort's series. */
public record SeriesProgress(List<ModuleProgress> modules) {

    /** Complete when every required module is (and there is at least one). */
    public boolean isComplete() {
        List<ModuleProgress> required =
                modules.stream().filter(ModuleProgress::required).toList();
        return !required.isEmpty() && required.stream().allMatch(ModuleProgress::isComplete);
    }

    public long completedModules() {
        return modules.stream().filter(ModuleProgress::isComplete).count();
    }
}
