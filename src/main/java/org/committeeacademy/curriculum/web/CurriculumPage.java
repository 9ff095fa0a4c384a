package org.committeeacademy.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import org.committeeacademy.curriculum.application.CurriculumStatus;
import org.committeeacademy.curriculum.application.ModuleStatus;
import org.committeeacademy.curriculum.content.DescriptorProblem;

/** The admin's curriculum page: loaded modules and versions, and descriptors that were skipped and why. */
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

    public Date getLoadedAt() {
        return status.lastLoad().map(r -> Date.from(r.loadedAt())).orElse(null);
    }
}
