package org.committeeacademy.curriculum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;

/** For admins: the loaded modules and what the last loading of modules/ reported. */
@ApplicationScoped
public class CurriculumStatus {

    @Inject
    SeriesRepository series;

    @Inject
    CurriculumLoader loader;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public List<ModuleStatus> modules() {
        currentUser.requireAnyRole(Role.ADMIN);
        return series.modules().stream()
                .flatMap(m -> m.currentVersion().stream()
                        .map(v -> new ModuleStatus(
                                m.key(), m.title(), v.number(), v.contentHash(), v.loadedAt(), m.isLocallyEdited())))
                .toList();
    }

    public Optional<CurriculumReport> lastLoad() {
        currentUser.requireAnyRole(Role.ADMIN);
        return loader.lastReport();
    }
}
