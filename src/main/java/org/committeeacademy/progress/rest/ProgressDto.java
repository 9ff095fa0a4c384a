package org.committeeacademy.progress.rest;

import java.util.List;
import org.committeeacademy.progress.application.CohortProgressView;
import org.committeeacademy.progress.application.ModuleLine;
import org.committeeacademy.progress.domain.ModuleProgress;
import org.committeeacademy.shared.domain.Language;

/** A member's progress in one cohort, per module, as {@code GET /me/progress} lists it. */
public record ProgressDto(
        long cohortId, String cohortTitle, String seriesTitle, boolean complete, List<Module> modules) {

    /** One module: sessions attended of those held or planned, what the rule needs, the worksheet, what is missing. */
    public record Module(
            String key,
            String title,
            int sessions,
            int attended,
            int attendanceNeeded,
            String worksheet,
            String worksheetRequirement,
            boolean required,
            boolean complete,
            int percent,
            List<String> missing) {

        static Module of(ModuleLine line, Language language) {
            ModuleProgress p = line.progress();
            return new Module(
                    line.key(),
                    line.title().in(language),
                    p.sessions(),
                    p.attended(),
                    p.attendanceNeeded(),
                    p.worksheet().name(),
                    p.worksheetRequirement().name(),
                    p.required(),
                    p.isComplete(),
                    p.percent(),
                    p.missing().stream()
                            .map(k -> k.substring(k.lastIndexOf('.') + 1))
                            .toList());
        }
    }

    static ProgressDto of(CohortProgressView v, Language language) {
        return new ProgressDto(
                v.cohortId(),
                v.cohortTitle(),
                v.seriesTitle().in(language),
                v.complete(),
                v.modules().stream().map(m -> Module.of(m, language)).toList());
    }
}
