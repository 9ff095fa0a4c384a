package org.committeeacademy.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import org.committeeacademy.curriculum.application.CurriculumStatus;
import org.committeeacademy.curriculum.application.ModuleStatus;
import org.committeeacademy.curriculum.content.DescriptorProblem;
import org.committeeacademy.curriculum.content.TranslationGap;
import org.committeeacademy.shared.domain.Language;

/**
 * The admin's curriculum page: loaded modules and versions, descriptors that were skipped and why, and per language
 * the texts that still lack a translation.
 */
@Named
@RequestScoped
public class CurriculumPage {

    @Inject
    CurriculumStatus status;

    public List<ModuleStatus> getModules() {
        return status.modules();
    }

    public List<DescriptorProblem> getProblems() {
        return status.lastLoad().map(r -> r.problems()).orElse(List.of());
    }

    /** Per language besides German and English, the texts without a translation (file and line). */
    public List<LanguageGaps> getTranslationGaps() {
        return List.of(Language.TR, Language.AR, Language.UK).stream()
                .map(l -> new LanguageGaps(
                        l, status.lastLoad().map(r -> r.gapsIn(l.code())).orElse(List.of())))
                .toList();
    }

    /** One language's missing texts. */
    public record LanguageGaps(Language language, List<TranslationGap> gaps) {}

    public Date getLoadedAt() {
        return status.lastLoad().map(r -> Date.from(r.loadedAt())).orElse(null);
    }
}
